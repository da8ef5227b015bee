/**
 * Cell values of an imported list, read the way people write them: a scale class as its code
 * ("3", "C"), its label ("Mogelijk"), code and label together ("3 - Mogelijk") or a plain level
 * word ("Hoog"); an extra criterion as its option label or number; status and priority advice in
 * Dutch or English. Each parser returns the value, null for an empty cell, or undefined when the
 * text means nothing on that scale.
 */
import type { ExtraCriterion, ScaleClass } from '../model/scalesSchema.ts';
import type { PriorityAdvice, RiskStatus } from '../model/vocab.ts';
import { normalise } from './normalise.ts';

const LEVELS_5 = [
  ['zeer laag', 'zeer klein', 'zeer gering', 'very low', 'minimaal'],
  ['laag', 'klein', 'gering', 'low'],
  ['midden', 'gemiddeld', 'middel', 'matig', 'medium', 'moderate'],
  ['hoog', 'groot', 'high'],
  ['zeer hoog', 'zeer groot', 'very high', 'maximaal'],
];
const LEVELS_3 = [LEVELS_5[1]!, LEVELS_5[2]!, LEVELS_5[3]!];

function number(text: string): number | null {
  const m = /^(\d+)(?:[.,]0+)?$/.exec(text);
  return m ? Number(m[1]) : null;
}

/** The class value for `raw` on `classes` (null: empty cell; undefined: not on this scale). */
export function parseScaleClass(raw: string, classes: readonly ScaleClass[]): number | null | undefined {
  const text = normalise(raw);
  if (text === '') return null;
  const byCode = classes.find((c) => normalise(c.code) === text);
  if (byCode) return byCode.value;
  const byLabel = classes.find((c) => c.label && normalise(c.label) === text);
  if (byLabel) return byLabel.value;
  const n = number(text);
  if (n !== null) return classes.some((c) => c.value === n) ? n : undefined;
  // One letter A, B, C… is a regional-risk-profile class: the n-th class.
  if (/^[a-j]$/.test(text)) {
    const value = text.charCodeAt(0) - 96;
    return classes.some((c) => c.value === value) ? value : undefined;
  }
  // "3 - Mogelijk", "C (mogelijk)": the first word is the code.
  const first = text.split(' ')[0]!;
  if (first !== text) {
    const viaFirst = parseScaleClass(first, classes);
    if (viaFirst !== null && viaFirst !== undefined) return viaFirst;
  }
  const levels = classes.length === 5 ? LEVELS_5 : classes.length === 3 ? LEVELS_3 : null;
  const i = levels ? levels.findIndex((words) => words.includes(text)) : -1;
  return i >= 0 ? classes[i]!.value : undefined;
}

const TREND_WORDS: readonly (readonly string[])[] = [
  ['--', 'strongly falling', 'sterk afnemend'],
  ['-', 'falling', 'afnemend', 'daling'],
  ['=', '0', 'stable', 'gelijk', 'gelijkblijvend'],
  ['+', 'rising', 'toenemend', 'stijging'],
  ['++', 'strongly rising', 'sterk toenemend'],
];

/** The 1-based option index for `raw` on an extra criterion (null: empty; undefined: unknown). */
export function parseOption(raw: string, criterion: ExtraCriterion): number | null | undefined {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  if (criterion.id === 'trend' && criterion.options.length === 5) {
    const symbol = trimmed.replace(/[↑⬆]/g, '+').replace(/[↓⬇]/g, '-').replace(/[→➡]/g, '=');
    const word = normalise(trimmed);
    const i = TREND_WORDS.findIndex((w) => w.includes(symbol) || (word !== '' && w.includes(word)));
    if (i >= 0) return i + 1;
  }
  const text = normalise(trimmed);
  const byLabel = criterion.options.findIndex((o) => normalise(o) === text);
  if (byLabel >= 0) return byLabel + 1;
  const n = number(text);
  if (n !== null) return n >= 1 && n <= criterion.options.length ? n : undefined;
  const first = text.split(' ')[0]!;
  const viaFirst = number(first);
  return viaFirst !== null && viaFirst >= 1 && viaFirst <= criterion.options.length ? viaFirst : undefined;
}

const STATUS_WORDS: Record<RiskStatus, readonly string[]> = {
  longlist: ['longlist', 'long list', 'lange lijst', 'inventarisatie', 'gesignaleerd', 'nieuw', 'new'],
  selected: ['geselecteerd', 'selected', 'selectie', 'shortlist', 'short list', 'korte lijst'],
  workedOut: ['uitgewerkt', 'worked out', 'workedout', 'vlinderdas', 'bowtie', 'bow tie', 'gereed', 'done'],
};

const PRIORITY_WORDS: Record<PriorityAdvice, readonly string[]> = {
  priority: ['prioriteit', 'priority', 'prio', 'p', 'ja', 'yes'],
  strategic: ['overig strategisch thema', 'strategisch thema', 'strategisch', 'overig strategisch', 'strategic', 'other strategic theme', 'strategic theme', 'ost'],
  management: ['beheersniveau', 'beheer', 'beheers niveau', 'management', 'management level', 'regulier', 'reguliere aanpak', 'nee', 'no'],
};

function word<T extends string>(raw: string, table: Record<T, readonly string[]>): T | null | undefined {
  const text = normalise(raw);
  if (text === '') return null;
  for (const [value, words] of Object.entries(table) as [T, readonly string[]][]) if (value.toLowerCase() === text || words.includes(text)) return value;
  return undefined;
}

/** Risk status from Dutch or English words ("geselecteerd", "worked out"). */
export function parseStatus(raw: string): RiskStatus | null | undefined {
  return word(raw, STATUS_WORDS);
}

/** Priority advice from Dutch or English words ("prioriteit", "overig strategisch thema", "beheersniveau"). */
export function parsePriority(raw: string): PriorityAdvice | null | undefined {
  return word(raw, PRIORITY_WORDS);
}

/**
 * Splits an areas cell: "Centrum; Noord, Buitengebied" → three names; not inside brackets, so
 * "Stationsplein (hotspot, BU03440101)" stays one area.
 */
export function splitList(raw: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of raw) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[;,\n|]/.test(ch)) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}
