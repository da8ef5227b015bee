/**
 * Which column of an imported list holds what. A column maps to a risk field or to a score
 * criterion of the project's scales; headers are recognised in Dutch and English, loosely
 * (case, accents, "(1-5)" hints and punctuation do not matter).
 */
import type { Scales } from '../model/scalesSchema.ts';
import { normalise, normaliseHeader } from './normalise.ts';

/** Risk fields an import can fill. */
export const FIELD_TARGETS = ['code', 'title', 'description', 'hazard', 'centralEvent', 'field', 'theme', 'areas', 'status', 'priority'] as const;
export type FieldTarget = (typeof FIELD_TARGETS)[number];

/** A field, or `score:<criterion>` ("score:likelihood", "score:impact.persons", "score:trend"). */
export type ColumnTarget = FieldTarget | `score:${string}`;

/** One entry per column of the list: where it goes, or null when it is not imported. */
export type ColumnMapping = (ColumnTarget | null)[];

const FIELD_SYNONYMS: Record<FieldTarget, readonly string[]> = {
  code: ['code', 'risicocode', 'nr', 'nummer', 'no', 'id', 'ref', 'referentie', 'risico nr', 'risiconummer', 'risk code', 'number'],
  title: ['titel', 'title', 'risico', 'naam', 'risk', 'name', 'onderwerp', 'fenomeen', 'risicotitel', 'veiligheidsrisico'],
  description: ['omschrijving', 'beschrijving', 'toelichting', 'description', 'explanation', 'notes', 'opmerkingen'],
  hazard: ['gevaar', 'bron', 'gevaar bron', 'hazard', 'source'],
  centralEvent: ['centrale gebeurtenis', 'central event', 'top event', 'kerngebeurtenis'],
  field: ['veld', 'veiligheidsveld', 'field', 'safety field', 'kernbeleid veld', 'hoofdthema', 'domein kernbeleid'],
  theme: ['thema', 'theme', 'subthema', 'kernbeleid thema', 'veiligheidsthema'],
  areas: ['gebied', 'gebieden', 'area', 'areas', 'wijk', 'wijken', 'kern', 'kernen', 'locatie', 'locaties', 'location'],
  status: ['status', 'fase', 'stage'],
  priority: ['advies', 'prioriteit', 'priority', 'advice', 'prioriteringsadvies', 'priority advice', 'prioriteitsadvies', 'advies prioriteit'],
};

const SCORE_SYNONYMS: Record<string, readonly string[]> = {
  likelihood: ['kans', 'likelihood', 'waarschijnlijkheid', 'probability', 'frequentie', 'k'],
  impact: ['impact', 'ernst', 'effect', 'severity', 'gevolgernst', 'i'],
  trend: ['trend', 'ontwikkeling'],
  influenceability: ['beinvloedbaarheid', 'influenceability', 'invloed'],
  urgency: ['urgentie', 'urgency'],
  'residual.likelihood': ['restkans', 'residual likelihood', 'kans restrisico', 'restrisico kans', 'rest kans'],
  'residual.impact': ['restimpact', 'residual impact', 'impact restrisico', 'restrisico impact', 'rest impact'],
  publicUnrest: ['maatschappelijke onrust', 'onrust', 'public unrest', 'unrest'],
  evidence: ['onderbouwing', 'evidence'],
  approach: ['bestaande aanpak', 'aanpak', 'existing approach', 'approach'],
};

/** Headers that hold computed values: recognised, never imported (the app recomputes them). */
const COMPUTED = ['score', 'risicoscore', 'risk score', 'band', 'klasse', 'risicoklasse', 'risiconiveau', 'risk level', 'k x i', 'kxi'];

/** Every target a column can have in this project, in the order the mapping step offers them. */
export function availableTargets(scales: Scales): ColumnTarget[] {
  const out: ColumnTarget[] = [...FIELD_TARGETS, 'score:likelihood', 'score:impact'];
  for (const d of scales.impactDimensions) if (d.enabled) out.push(`score:impact.${d.id}`);
  out.push('score:residual.likelihood', 'score:residual.impact');
  for (const c of scales.criteria) if (c.enabled) out.push(`score:${c.id}`);
  return out;
}

/** The criterion of a score target ("score:impact.persons" → "impact.persons"), else null. */
export function criterionOf(target: ColumnTarget | null): string | null {
  return target?.startsWith('score:') ? target.slice(6) : null;
}

function synonymsFor(target: ColumnTarget, scales: Scales): string[] {
  const criterion = criterionOf(target);
  if (!criterion) return FIELD_SYNONYMS[target as FieldTarget].map(normalise);
  if (criterion.startsWith('impact.')) {
    const dim = scales.impactDimensions.find((d) => `impact.${d.id}` === criterion);
    if (!dim) return [];
    const names = [dim.id, dim.label].map(normalise);
    return [criterion.toLowerCase(), ...names.flatMap((n) => [`impact ${n}`, n])];
  }
  const crit = scales.criteria.find((c) => c.id === criterion);
  return [...(SCORE_SYNONYMS[criterion] ?? []), criterion, crit?.label ?? ''].map(normalise).filter(Boolean);
}

/** True when the header names a computed column (score, band) that an import ignores. */
export function isComputedHeader(header: string): boolean {
  return COMPUTED.includes(normaliseHeader(header));
}

/**
 * Proposes a mapping for `headers`: each recognised header gets its target (a target at most
 * once, first column wins); unknown and computed headers get null. When a list has a
 * description-like column but no title column, that column becomes the title.
 */
export function detectMapping(headers: readonly string[], scales: Scales): ColumnMapping {
  const targets = availableTargets(scales);
  const lookup = new Map<string, ColumnTarget>();
  for (const target of targets) for (const s of synonymsFor(target, scales)) if (!lookup.has(s)) lookup.set(s, target);
  const used = new Set<ColumnTarget>();
  const mapping: ColumnMapping = headers.map((h) => {
    const key = normaliseHeader(h);
    const target = lookup.get(key) ?? lookup.get(key.replace(/\s/g, '')) ?? null;
    if (!target || used.has(target) || isComputedHeader(h)) return null;
    used.add(target);
    return target;
  });
  if (!used.has('title')) {
    const i = mapping.indexOf('description');
    if (i >= 0) mapping[i] = 'title';
  }
  return mapping;
}

/** How many headers of a row are recognised; used to find the header row below a title line. */
export function recognisedCount(cells: readonly string[], scales: Scales): number {
  return detectMapping(cells, scales).filter((t) => t !== null).length;
}
