/**
 * The risk matrix as a heat map: likelihood classes bottom to top, impact classes left to
 * right, each cell in its band's colour with the band's pattern and initials (so it reads in
 * greyscale and for colour-blind readers), risks as labelled pills placed in a grid inside their
 * cell. When a cell holds more than fit, the last pill says "+N" and lists the rest in its
 * tooltip.
 */
import { t } from '../i18n/t.ts';
import { measureText, wrapText } from '../layout/textMetrics.ts';
import type { ProjectDoc } from '../model/doc.ts';
import type { Band } from '../model/scalesSchema.ts';
import type { Language } from '../model/vocab.ts';
import { bandAbbreviation, bandPatterns, matrixDefs } from './matrixBands.ts';
import { pills, type Placed } from './matrixPills.ts';
import { allRiskScores, bandFor } from '../model/riskScore.ts';
import { el, esc, num, svgDocument, textBlock } from './svg.ts';
import { THEMES, type DiagramTheme, type ThemeName } from './theme.ts';

export interface MatrixSvgOptions {
  theme?: ThemeName;
  lang?: Language;
  title?: string;
  /** Only these risks (default: all). */
  riskIds?: readonly string[];
  /** Leave out risks marked confidential (and internal with `excludeInternal`). */
  publication?: boolean;
  excludeInternal?: boolean;
  /** Show the band legend under the matrix (default true). */
  legend?: boolean;
  scale?: number;
  idPrefix?: string;
}

/** The risk matrix of `doc` as a standalone SVG document. */
export function renderMatrixSvg(doc: ProjectDoc, opts: MatrixSvgOptions = {}): string {
  const theme = THEMES[opts.theme ?? 'light'];
  const lang = opts.lang ?? doc.project.language;
  const s = opts.scale ?? theme.scale;
  const scales = doc.project.scales;
  const prefix = opts.idPrefix ?? 'matrix';
  const hide = opts.publication ? (opts.excludeInternal ? ['confidential', 'internal'] : ['confidential']) : [];

  const wanted = opts.riskIds ? new Set(opts.riskIds) : null;
  const scores = allRiskScores(doc);
  const cells = new Map<string, Placed[]>();
  let unscored = 0;
  const risks = Object.values(doc.risks)
    .filter((r) => (!wanted || wanted.has(r.id)) && !hide.includes(r.confidentiality))
    .sort((a, b) => a.order - b.order || a.code.localeCompare(b.code) || (a.id < b.id ? -1 : 1));
  for (const risk of risks) {
    const score = scores.get(risk.id);
    if (!score) {
      unscored++;
      continue;
    }
    const key = `${score.likelihood}:${score.impact}`;
    const list = cells.get(key) ?? [];
    list.push({ risk, score });
    cells.set(key, list);
  }

  const fs = 12 * s;
  const lh = fs * 1.25;
  const margin = 24 * s;
  const cellW = 124 * s;
  const cellH = 84 * s;
  const rowLabelW = 140 * s;
  const axisW = 26 * s;
  const lik = [...scales.likelihood].sort((a, b) => b.value - a.value);
  const imp = [...scales.impact].sort((a, b) => a.value - b.value);
  const gridW = imp.length * cellW;
  const width = margin * 2 + axisW + rowLabelW + gridW;
  const titleLines = opts.title ? wrapText(opts.title, width - 2 * margin, fs * 1.4, { weight: 'bold', maxLines: 3 }) : [];
  const top = margin + (titleLines.length ? titleLines.length * fs * 1.75 + 10 * s : 0);
  const gx = margin + axisW + rowLabelW;
  const patterns = bandPatterns(scales.bands, prefix);
  const parts: string[] = [];

  if (titleLines.length) parts.push(textBlock(titleLines, { x: margin, top: margin, fontSize: fs * 1.4, lineHeight: fs * 1.75, fill: theme.text, anchor: 'start', weight: 'bold' }));

  // Cells, row by row from the most likely down.
  lik.forEach((lc, row) => {
    const y = top + row * cellH;
    const rowLabel = wrapText(`${lc.code} ${lc.label}`, rowLabelW - 10 * s, fs, { maxLines: 3 });
    parts.push(textBlock(rowLabel, { x: gx - 10 * s, top: y + (cellH - rowLabel.length * lh) / 2, fontSize: fs, lineHeight: lh, fill: theme.text, anchor: 'end' }));
    imp.forEach((ic, col) => {
      const x = gx + col * cellW;
      const band = bandFor(lc.value * ic.value, scales);
      parts.push(cell(x, y, cellW, cellH, band, patterns.get(band?.id ?? ''), theme, s));
      const placed = cells.get(`${lc.value}:${ic.value}`) ?? [];
      if (placed.length) parts.push(pills(placed, x, y, cellW, cellH, theme, s, lang));
    });
  });
  const gridBottom = top + lik.length * cellH;
  parts.push(el('rect', { x: gx, y: top, width: gridW, height: lik.length * cellH, fill: 'none', stroke: theme.text, 'stroke-width': 1.2 * s }));

  // Impact labels under the columns, then the axis titles.
  let labelsH = 0;
  imp.forEach((ic, col) => {
    const lines = wrapText(`${ic.code} ${ic.label}`, cellW - 8 * s, fs, { maxLines: 3 });
    labelsH = Math.max(labelsH, lines.length * lh);
    parts.push(textBlock(lines, { x: gx + col * cellW + cellW / 2, top: gridBottom + 6 * s, fontSize: fs, lineHeight: lh, fill: theme.text }));
  });
  const impactTitleTop = gridBottom + 6 * s + labelsH + 6 * s;
  parts.push(textBlock([t(lang, 'diagram.matrix.impact')], { x: gx + gridW / 2, top: impactTitleTop, fontSize: fs * 1.1, lineHeight: lh * 1.1, fill: theme.text, weight: 'bold' }));
  const likX = margin + axisW / 2;
  const likY = top + (lik.length * cellH) / 2;
  parts.push(
    el('g', { transform: `rotate(-90 ${num(likX)} ${num(likY)})` }, [
      textBlock([t(lang, 'diagram.matrix.likelihood')], { x: likX, top: likY - (lh * 1.1) / 2, fontSize: fs * 1.1, lineHeight: lh * 1.1, fill: theme.text, weight: 'bold' }),
    ]),
  );
  let y = impactTitleTop + lh * 1.1 + 12 * s;

  if (opts.legend !== false && scales.bands.length) {
    let x = margin + axisW;
    const sw = 30 * s;
    const sh = 20 * s;
    parts.push(textBlock([`${t(lang, 'diagram.matrix.band')}:`], { x, top: y, fontSize: fs, lineHeight: sh, fill: theme.mutedText, anchor: 'start', weight: 'bold' }));
    x += measureText(`${t(lang, 'diagram.matrix.band')}:`, fs, 'bold') + 12 * s;
    for (const band of scales.bands) {
      const label = `${band.label} (${num(band.min)}–${num(band.max)})`;
      const itemW = sw + 6 * s + measureText(label, fs) + 16 * s;
      if (x + itemW > width - margin) {
        x = margin + axisW;
        y += sh + 6 * s;
      }
      parts.push(cell(x, y, sw, sh, band, patterns.get(band.id), theme, s, true));
      parts.push(textBlock([label], { x: x + sw + 6 * s, top: y, fontSize: fs, lineHeight: sh, fill: theme.text, anchor: 'start' }));
      x += itemW;
    }
    y += sh + 10 * s;
  }
  if (unscored > 0) {
    parts.push(textBlock([t(lang, 'diagram.matrix.unscored', { count: unscored })], { x: margin + axisW, top: y, fontSize: fs, lineHeight: lh, fill: theme.mutedText, anchor: 'start', italic: true }));
    y += lh + 6 * s;
  }
  const height = y + margin - 10 * s;
  const label = opts.title ?? t(lang, 'diagram.matrix.title');
  return svgDocument(width, height, label, theme.background, matrixDefs(patterns, s), parts);
}

function cell(x: number, y: number, w: number, h: number, band: Band | null, pattern: string | undefined, theme: DiagramTheme, s: number, small = false): string {
  const fill = band?.color ?? theme.background;
  const letterSize = (small ? 10 : 11) * s;
  const letters = band ? bandAbbreviation(band.label) : '';
  return el('g', { class: 'cell' }, [
    el('rect', { x, y, width: w, height: h, fill, stroke: theme.background, 'stroke-width': small ? 0 : 1.5 * s }),
    pattern ? el('rect', { x, y, width: w, height: h, fill: `url(#${pattern})` }) : '',
    small ? el('rect', { x, y, width: w, height: h, fill: 'none', stroke: theme.text, 'stroke-width': 0.8 * s }) : '',
    letters
      ? el(
          'text',
          {
            x: small ? x + w / 2 : x + 5 * s,
            y: small ? y + h / 2 + letterSize * 0.36 : y + 4 * s + letterSize * 0.8,
            'font-size': letterSize,
            'font-weight': 'bold',
            'text-anchor': small ? 'middle' : 'start',
            fill: '#000000',
            'fill-opacity': 0.6,
          },
          esc(letters),
        )
      : '',
  ]);
}
