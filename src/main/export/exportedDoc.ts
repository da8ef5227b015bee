/**
 * What an export holds: the project, or for a publication the project without what is marked
 * vertrouwelijk (and intern, on request) — the one filter every export of a publication passes
 * through (`publicationDoc`) — and the privacy check of exactly that. The export path, the
 * export dialog's scan and the single diagram all start here.
 */
import type { PrivacyScan } from '../../shared/api/methods/export.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import { scanDoc } from '../../shared/privacy/scanDoc.ts';
import { publicationDoc } from '../../shared/report/publication.ts';

export interface ExportVariant {
  /** Leave out everything marked vertrouwelijk. */
  publication: boolean;
  /** With `publication`, also leave out what is marked intern. */
  omitInternal: boolean;
}

/** The document an export of `variant` is made from. */
export function exportedDoc(source: ProjectDoc, variant: ExportVariant): ProjectDoc {
  return variant.publication ? publicationDoc(source, { omitInternal: variant.omitInternal }) : source;
}

/** Every privacy finding in `doc` (all confidences), with the counts per confidence. */
export function privacyScan(doc: ProjectDoc): PrivacyScan {
  const findings = scanDoc(doc);
  const counts = { high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[f.confidence]++;
  return { findings, counts };
}
