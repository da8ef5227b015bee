/** Small builders for runs and blocks, so the section files read like the report they write. */
import type { Block, Run, TableCell, TableColumn } from './blocks.ts';
import type { ReportText } from './text/nl.ts';

/** Fills `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A sentence in the form for zero, one or more; `{n}` is the count. */
export interface CountForms {
  zero: string;
  one: string;
  many: string;
}

/** The form of `forms` for `n`, filled with `{n}` and `params`: "Er is één risico…", "Er zijn 3 risico’s…". */
export function counted(forms: CountForms, n: number, params: Record<string, string | number> = {}): string {
  return fill(n === 0 ? forms.zero : n === 1 ? forms.one : forms.many, { ...params, n });
}

/** "a, b en c" */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export const run = (text: string): Run => ({ text });
export const bold = (text: string): Run => ({ text, bold: true });
export const italic = (text: string): Run => ({ text, italic: true });

/** A clearly marked gap: "[Nog in te vullen: {what}]". Never filled with invented text. */
export function gap(tx: ReportText, what: string): Run {
  return { text: fill(tx.placeholder, { what }), placeholder: true };
}

export const h1 = (text: string): Block => ({ kind: 'heading', level: 1, text });
export const h2 = (text: string): Block => ({ kind: 'heading', level: 2, text });
export const h3 = (text: string): Block => ({ kind: 'heading', level: 3, text });

export function para(...runs: (Run | string)[]): Block {
  return { kind: 'paragraph', runs: runs.map((r) => (typeof r === 'string' ? run(r) : r)) };
}
export function note(...runs: (Run | string)[]): Block {
  return { kind: 'paragraph', style: 'note', runs: runs.map((r) => (typeof r === 'string' ? run(r) : r)) };
}
/** A short bold line introducing what follows (a list or table without its own heading). */
export function label(text: string): Block {
  return { kind: 'paragraph', style: 'label', runs: [bold(text)] };
}
/** A placeholder paragraph. */
export function gapPara(tx: ReportText, what: string): Block {
  return { kind: 'paragraph', runs: [gap(tx, what)] };
}

/** Paragraphs from free text: blank lines separate paragraphs. */
export function textParas(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((p) => para(p));
}

export function list(items: readonly (Run[] | string)[]): Block {
  return { kind: 'list', items: items.map((i) => (typeof i === 'string' ? [run(i)] : i)) };
}

export type CellInput = string | Run | Run[] | TableCell;

function cell(c: CellInput): TableCell {
  if (typeof c === 'string') return { runs: [run(c)] };
  if (Array.isArray(c)) return { runs: c };
  if ('runs' in c) return c;
  return { runs: [c] };
}

/** A table; columns are [header, relative width]. */
export function table(columns: readonly [string, number][], rows: readonly CellInput[][]): Block {
  const cols: TableColumn[] = columns.map(([header, width]) => ({ header, width }));
  return { kind: 'table', columns: cols, rows: rows.map((r) => r.map(cell)) };
}

/** "13 november 2026" in the report's language, from an ISO date or timestamp. */
export function longDate(iso: string, locale: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}
