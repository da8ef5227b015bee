/** How a figure names its source, in the app and in the report: publisher, table id, download date. */
import { t } from '../i18n/t.ts';
import type { Language } from '../model/vocab.ts';
import type { EvidenceSource } from './types.ts';

/** "Bron: Politie, open data (StatLine-tabel 47022NED), gedownload op 15-01-2025." */
export function citation(s: { source: EvidenceSource; tableId: string; downloadedAt: string }, lang: Language): string {
  const [y, m, d] = s.downloadedAt.split('-');
  const date = lang === 'nl' ? `${d}-${m}-${y}` : s.downloadedAt;
  return t(lang, s.source === 'politie' ? 'evidence.cite.police' : 'evidence.cite.cbs', { table: s.tableId, date });
}
