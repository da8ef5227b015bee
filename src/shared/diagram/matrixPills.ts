/** Risks as labelled pills in a grid inside their matrix cell, with "+N" for what does not fit. */
import { t } from '../i18n/t.ts';
import { measureText, wrapText } from '../layout/textMetrics.ts';
import type { Risk } from '../model/entities.ts';
import type { Language } from '../model/vocab.ts';
import type { RiskScore } from '../model/riskScore.ts';
import { el, esc } from './svg.ts';
import type { DiagramTheme } from './theme.ts';

export interface Placed {
  risk: Risk;
  score: RiskScore;
}

/** The risks of one cell as pills in a grid; the last pill says "+N" when they do not all fit. */
export function pills(placed: Placed[], x: number, y: number, w: number, h: number, theme: DiagramTheme, s: number, lang: Language): string {
  const fs = 11 * s;
  const ph = 20 * s;
  const gap = 4 * s;
  const pad = 6 * s;
  const top = 17 * s;
  const inner = w - 2 * pad;
  let codeW = 0;
  for (const p of placed) codeW = Math.max(codeW, measureText(p.risk.code || '?', fs, 'bold'));
  const pw = Math.min(inner, Math.max(ph * 1.4, codeW + 12 * s));
  const cols = Math.max(1, Math.floor((inner + gap) / (pw + gap)));
  const rows = Math.max(1, Math.floor((h - top - pad + gap) / (ph + gap)));
  const capacity = cols * rows;
  const shown = placed.length <= capacity ? placed : placed.slice(0, capacity - 1);
  const rest = placed.slice(shown.length);
  const count = shown.length + (rest.length ? 1 : 0);
  const usedCols = Math.min(cols, count);
  const usedRows = Math.ceil(count / cols);
  const x0 = x + (w - (usedCols * pw + (usedCols - 1) * gap)) / 2;
  const y0 = y + top + (h - top - pad - (usedRows * ph + (usedRows - 1) * gap)) / 2;
  const at = (i: number) => ({ px: x0 + (i % cols) * (pw + gap), py: y0 + Math.floor(i / cols) * (ph + gap) });
  const pill = (i: number, text: string, title: string, more: boolean): string => {
    const { px, py } = at(i);
    const shownText = wrapText(text, pw - 6 * s, fs, { weight: 'bold', maxLines: 1 })[0]!;
    return el('g', { class: more ? 'more' : 'risk' }, [
      el('title', {}, esc(title)),
      el('rect', { x: px, y: py, width: pw, height: ph, rx: ph / 2, fill: more ? theme.text : theme.background, stroke: theme.text, 'stroke-width': 1.2 * s }),
      el('text', { x: px + pw / 2, y: py + ph / 2 + fs * 0.36, 'font-size': fs, 'font-weight': 'bold', 'text-anchor': 'middle', fill: more ? theme.background : theme.text }, esc(shownText)),
    ]);
  };
  const out = shown.map((p, i) => pill(i, p.risk.code || '?', riskTitle(p, lang), false));
  if (rest.length) {
    out.push(pill(shown.length, t(lang, 'diagram.matrix.more', { count: rest.length }), rest.map((p) => riskTitle(p, lang)).join('\n'), true));
  }
  return out.join('');
}

function riskTitle(p: Placed, lang: Language): string {
  const { score } = p;
  const band = score.band ? ` (${score.band.label})` : '';
  return `${p.risk.code} ${p.risk.title} — ${t(lang, 'diagram.matrix.likelihood')} ${score.likelihood} × ${t(lang, 'diagram.matrix.impact')} ${score.impact} = ${score.score}${band}`;
}
