/** The register as CSV in the form Dutch Excel opens by double-click (`;`, UTF-8 with BOM, CRLF). */
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { Language } from '../../shared/model/vocab.ts';
import { writeCsv } from '../../shared/register/csvWrite.ts';
import { exportCells, exportTable } from '../../shared/register/exportTable.ts';

export function registerCsv(doc: ProjectDoc, lang: Language = doc.project.language): Buffer {
  return Buffer.from(writeCsv(exportCells(exportTable(doc, lang))), 'utf8');
}
