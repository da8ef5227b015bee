/**
 * Diagram files for slides and documents: per bow-tie (and the risk matrix) an SVG and/or a PNG,
 * drawn by the one renderer. The publication variant draws from the filtered document.
 */
import { mkdir } from 'node:fs/promises';
import { renderBowtieSvg } from '../../shared/diagram/bowtieSvg.ts';
import { renderMatrixSvg } from '../../shared/diagram/matrixSvg.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { Language } from '../../shared/model/vocab.ts';
import { publicationDoc } from '../../shared/report/publication.ts';
import { reportText } from '../../shared/report/text/index.ts';
import { eachPng } from './diagrams.ts';
import { safeStem, uniquePath } from '../files/fileNames.ts';
import { writeExportFile as writeFileAtomic } from './writeExportFile.ts';

export interface DiagramFilesOptions {
  svg: boolean;
  png: boolean;
  /** PNG pixels per SVG unit (default 2). */
  scale?: number;
  publication?: boolean;
  omitInternal?: boolean;
  lang?: Language;
  onProgress?: (done: number, total: number) => void;
}

/** Risks that have a bow-tie worth drawing: worked out, or with at least one cause or consequence. */
export function risksWithBowtie(doc: ProjectDoc): string[] {
  const withLines = new Set([...Object.values(doc.riskCauses).map((l) => l.riskId), ...Object.values(doc.riskConsequences).map((l) => l.riskId)]);
  return Object.values(doc.risks)
    .filter((r) => r.status === 'workedOut' || withLines.has(r.id))
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .map((r) => r.id);
}

/** Writes the diagrams into `folder` (created if needed); returns the paths written. */
export async function writeDiagramFiles(source: ProjectDoc, folder: string, opts: DiagramFilesOptions): Promise<string[]> {
  const publication = opts.publication ?? false;
  const doc = publication ? publicationDoc(source, { omitInternal: opts.omitInternal ?? false }) : source;
  const lang = opts.lang ?? doc.project.language;
  const draw = { lang, publication, excludeInternal: opts.omitInternal ?? false };
  const items = [
    { stem: safeStem(reportText(lang).files.matrix), svg: renderMatrixSvg(doc, draw) },
    ...risksWithBowtie(doc).map((id) => {
      const r = doc.risks[id]!;
      return { stem: safeStem(`${r.code} ${r.title}`), svg: renderBowtieSvg(doc, id, { ...draw, title: `${r.code} ${r.title}`.trim() }) };
    }),
  ];
  await mkdir(folder, { recursive: true });
  const taken = new Set<string>();
  const written: string[] = [];
  const total = items.length * (Number(opts.svg) + Number(opts.png));
  if (opts.svg) {
    for (const it of items) {
      const path = uniquePath(folder, `${it.stem}.svg`, taken);
      await writeFileAtomic(path, Buffer.from(it.svg, 'utf8'));
      written.push(path);
      opts.onProgress?.(written.length, total);
    }
  }
  if (opts.png) {
    // Names first (in diagram order), then each PNG is written as soon as it is drawn, so the
    // memory holds a few drawings, not all of them.
    const paths = items.map((it) => uniquePath(folder, `${it.stem}.png`, taken));
    const before = written.length;
    let done = 0;
    await eachPng(
      // Large drawings, one file each: each one's memory is given back as soon as it is written.
      items.map((it) => ({ svg: it.svg, zoom: opts.scale ?? 2, fullCollection: true })),
      async (i, png) => {
        await writeFileAtomic(paths[i]!, png);
        opts.onProgress?.(before + ++done, total);
      },
    );
    written.push(...paths);
  }
  return written;
}
