/**
 * How a difference's parts are written for a reader, in either UI language: a value short enough
 * for one line, a field by its name in the catalogue, a table as a noun. One home for the CLI's
 * text output (src/main/cli/commands/mergeText.ts) and the app's compare and merge screens.
 */
import { isMessageKey, t } from '../i18n/t.ts';
import type { Language } from '../model/vocab.ts';
import type { EntityTable } from './types.ts';

/** A value for one line: text in quotes, empty as "(leeg)", lists and objects as JSON, cut at 80 characters. */
export function shortValue(lang: Language, v: unknown): string {
  if (v === null || v === undefined || v === '') return t(lang, 'merge.empty');
  const s = typeof v === 'string' ? `“${v}”` : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

/** A field by its name in the catalogue where it has one, else as it is called in the file. */
export function fieldName(lang: Language, field: string): string {
  const key = `merge.field.${field}`;
  return isMessageKey(key) ? t(lang, key) : field;
}

/** What kind of row it is, as a noun in the reader's language ("risico", "measure"): the catalogue's names of the tables. */
export function tableNoun(lang: Language, table: EntityTable): string {
  return table === 'project' ? 'project' : t(lang, `problem.table.${table}`);
}

/** A moment as a reader knows it: "3 dec 2026 10:15" in the language's own way, in local time. */
export function when(lang: Language, iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}
