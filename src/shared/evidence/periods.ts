/** StatLine period codes: `2024JJ00` a year, `2024KW02` a quarter, `2024MM03` a month. */
import type { Language } from '../model/vocab.ts';

export interface Period {
  code: string;
  kind: 'year' | 'quarter' | 'month';
  year: number;
  /** Month 1–12 or quarter 1–4; 0 for a year. */
  part: number;
}

const RE = /^(\d{4})(JJ|KW|MM)(\d{2})$/;

/** The period of a code (trimmed), or null when it is not a StatLine period code. */
export function parsePeriod(raw: string): Period | null {
  const code = raw.trim().toUpperCase();
  const m = RE.exec(code);
  if (!m) return null;
  const year = Number(m[1]);
  const part = Number(m[3]);
  const kind = m[2] === 'JJ' ? 'year' : m[2] === 'KW' ? 'quarter' : 'month';
  if (kind === 'year' && part !== 0) return null;
  if (kind === 'quarter' && (part < 1 || part > 4)) return null;
  if (kind === 'month' && (part < 1 || part > 12)) return null;
  return { code, kind, year, part };
}

const MONTHS: Record<Language, string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** "2024", "2024 K2" / "2024 Q2", "mrt 2024" / "Mar 2024". */
export function periodLabel(code: string, lang: Language = 'nl'): string {
  const p = parsePeriod(code);
  if (!p) return code;
  if (p.kind === 'year') return String(p.year);
  if (p.kind === 'quarter') return `${p.year} ${lang === 'nl' ? 'K' : 'Q'}${p.part}`;
  return `${MONTHS[lang][p.part - 1]} ${p.year}`;
}

/** Orders period codes in time (the codes sort as text within one kind). */
export function comparePeriods(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
