/**
 * An area as it stands in an exported register's areas cell, so that a list exported and read
 * back (into this or another project) keeps each area's kind and CBS code: the name, followed in
 * brackets by what the import could not tell from the name alone — "Centrum (kern)",
 * "Noord (WK034401)", "Stationsplein (hotspot, BU03440101)". A plain name stays plain.
 */
import { t } from '../i18n/t.ts';
import type { Area } from '../model/entities.ts';
import { AREA_KINDS, CBS_CODE_RE, LANGUAGES, type AreaKind, type Language } from '../model/vocab.ts';
import { normalise } from './normalise.ts';

/**
 * Area kind from a CBS code (GM gemeente, WK wijk, BU buurt) or a name like "Hele gemeente";
 * any other name becomes a wijk (the user can change it in the areas editor).
 */
export function areaKindFor(cbsCode: string | null, name = ''): AreaKind {
  if (cbsCode?.startsWith('GM') || /\bgemeente(breed)?\b/.test(normalise(name))) return 'municipality';
  if (cbsCode?.startsWith('BU')) return 'neighbourhood';
  return 'district';
}

const kindLabel = (lang: Language, kind: AreaKind) => t(lang, `vocab.areaKind.${kind}`).toLowerCase();

/** The areas cell text of `area`. */
export function areaCell(area: Area, lang: Language): string {
  const extra = [areaKindFor(area.cbsCode, area.name) === area.kind ? null : kindLabel(lang, area.kind), area.cbsCode !== area.name ? area.cbsCode : null].filter(Boolean);
  return extra.length > 0 ? `${area.name} (${extra.join(', ')})` : area.name;
}

/** Kind words of both languages ("kern", "village", …). */
const KIND_WORDS = new Map<string, AreaKind>(AREA_KINDS.flatMap((k) => LANGUAGES.map((lang): [string, AreaKind] => [normalise(kindLabel(lang, k)), k])));

export interface AreaName {
  name: string;
  /** The kind the cell names, else null (then the import derives it). */
  kind: AreaKind | null;
  cbsCode: string | null;
}

/**
 * Reads one area of an areas cell: a bracket at the end is taken as kind and/or CBS code only
 * when it holds nothing else, so "Noord (oud)" stays an area called "Noord (oud)". A bare CBS
 * code is a new area named by its code.
 */
export function parseAreaCell(raw: string): AreaName {
  const text = raw.trim();
  const bare = text.toUpperCase();
  if (CBS_CODE_RE.test(bare)) return { name: bare, kind: null, cbsCode: bare };
  const m = /^(.+?)\s*\(([^()]*)\)$/.exec(text);
  if (m) {
    const parts = m[2]!.split(',').map((p) => p.trim());
    const codes = parts.map((p) => p.toUpperCase()).filter((p) => CBS_CODE_RE.test(p));
    const kinds = parts.map((p) => KIND_WORDS.get(normalise(p))).filter((k): k is AreaKind => k !== undefined);
    if (codes.length <= 1 && kinds.length <= 1 && codes.length + kinds.length === parts.length) return { name: m[1]!, kind: kinds[0] ?? null, cbsCode: codes[0] ?? null };
  }
  return { name: text, kind: null, cbsCode: null };
}
