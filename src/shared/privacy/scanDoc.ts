/**
 * Scans every free-text field of a project for personal data (shared/domain/privacy.md) and says
 * where each finding is, so the user can decide before sharing or exporting. Nothing is changed.
 */
import type { ProjectDoc } from '../model/doc.ts';
import { projectCheck, TABLES, TABLE_NAMES, type TableName } from '../model/entities.ts';
import type { Confidence, DetectorContext, FindingKind } from './detectors.ts';
import { scanText } from './scanText.ts';
import { vocabularyOf } from './vocabulary.ts';

/** Where a finding is: the entity, the field, and the risk it belongs to (if any). */
export interface FindingPlace {
  table: TableName | 'project';
  id: string;
  /** Field name, e.g. "description", "goals", "indicators.target". */
  field: string;
  /** The entity's own label (risk title, cause label, partner name…), for display. */
  itemLabel: string;
  riskId: string | null;
  riskCode: string | null;
}

export interface PrivacyFinding {
  kind: FindingKind;
  confidence: Confidence;
  /** The matched text. */
  match: string;
  /** The match with a little context either side, on one line. */
  excerpt: string;
  place: FindingPlace;
}

export interface ScanOptions {
  /** Leave out findings below this confidence. Default: everything, including low (info). */
  minConfidence?: Confidence;
  /** Warn on counts below this at buurt level (privacy.md item 7). Default SMALL_COUNT_BELOW (5). */
  smallCountBelow?: number;
}

const RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

function excerptOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 30);
  const to = Math.min(text.length, end + 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(/\s+/g, ' ');
}

/**
 * Fields that hold no text a user types: ids, stamps, codes with a fixed pattern, colours, and
 * the bookkeeping of an ignored finding (its key, rule, target and the login name that made it).
 */
const NOT_TYPED = new Set(['id', 'createdAt', 'updatedAt', 'code', 'cbsCode', 'color', 'key', 'ruleId', 'table', 'at', 'by', 'preset', 'impactCombine', 'criterion', 'nodeKey']);

const ID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Every piece of text in one value of an entity, with its field path (list indexes left out:
 * "indicators.target", "goals"). Walks the value itself, so a field added to the model is
 * scanned without a change here.
 */
function* textsOf(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') {
    // A reference to another entity (an area id in areaIds, say) is not typed text.
    if (value && !ID_RE.test(value)) yield [path, value];
  } else if (Array.isArray(value)) {
    for (const item of value) yield* textsOf(item, path);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!NOT_TYPED.has(k)) yield* textsOf(v, path ? `${path}.${k}` : k);
  }
}

/** Text fields whose check is a closed set or an id hold no typed text. */
function typedFields(check: { shape: Record<string, { kind: string }> }): string[] {
  return Object.entries(check.shape)
    .filter(([k, c]) => !NOT_TYPED.has(k) && c.kind !== 'enum' && c.kind !== 'id' && c.kind !== 'literal' && c.kind !== 'boolean' && c.kind !== 'number' && c.kind !== 'integer')
    .map(([k]) => k);
}

/** The order findings are listed in: the project, the risks, their parts, then the rest. */
/** Published open data (codes, periods, counts, the publisher's titles): not personal data, and its codes read like numbers of a person. */
const NOT_SCANNED: ReadonlySet<TableName> = new Set(['evidenceSeries']);

const TABLE_ORDER: readonly TableName[] = ['risks', 'causes', 'consequences', 'measures', 'escalationFactors', 'partners', 'areas', 'themes', 'scores'];

/** The display label of a row: its title, label or name. */
function labelOf(row: Record<string, unknown>): string {
  for (const k of ['title', 'label', 'name', 'criterion']) if (typeof row[k] === 'string' && row[k]) return row[k];
  return '';
}

/**
 * Every finding in the document, in document order (project, then risks and their parts, then
 * partners, areas, themes and the rest). Reads every text a user can type, whichever entity or
 * field holds it, including the scales' labels and anchors and the project's own themes.
 */
export function scanDoc(doc: ProjectDoc, opts: ScanOptions = {}): PrivacyFinding[] {
  const vocab: DetectorContext = {
    vocabulary: vocabularyOf(doc),
    buurten: Object.values(doc.areas).filter((a) => a.kind === 'neighbourhood' || a.kind === 'hotspot').map((a) => a.name.toLowerCase()),
    ...(opts.smallCountBelow === undefined ? {} : { smallCountBelow: opts.smallCountBelow }),
  };
  const limit = RANK[opts.minConfidence ?? 'low'];
  const out: PrivacyFinding[] = [];

  // The first risk a shared concept appears in, so a finding can be shown in context.
  const firstRisk = new Map<string, string>();
  const note = (concept: string, riskId: string) => {
    if (!firstRisk.has(concept)) firstRisk.set(concept, riskId);
  };
  for (const l of Object.values(doc.riskCauses)) note(l.causeId, l.riskId);
  for (const l of Object.values(doc.riskConsequences)) note(l.consequenceId, l.riskId);
  for (const pl of Object.values(doc.placements)) {
    note(pl.measureId, pl.riskId);
    note(pl.id, pl.riskId);
  }
  const riskIdOf = (table: FindingPlace['table'], row: Record<string, unknown>): string | null => {
    if (table === 'risks') return row['id'] as string;
    if (typeof row['riskId'] === 'string') return row['riskId'];
    if (table === 'escalationFactors') return firstRisk.get(row['placementId'] as string) ?? null;
    return firstRisk.get(row['id'] as string) ?? null;
  };

  const scanRow = (table: FindingPlace['table'], check: { shape: Record<string, { kind: string }> }, row: Record<string, unknown>) => {
    const riskId = riskIdOf(table, row);
    const risk = riskId ? (doc.risks[riskId] ?? null) : null;
    const itemLabel = labelOf(row);
    for (const field of typedFields(check)) {
      for (const [path, text] of textsOf(row[field], field)) {
        for (const m of scanText(text, vocab)) {
          if (RANK[m.confidence] > limit) continue;
          out.push({
            kind: m.kind,
            confidence: m.confidence,
            match: m.text,
            excerpt: excerptOf(text, m.start, m.end),
            place: { table, id: row['id'] as string, field: path, itemLabel, riskId: risk ? risk.id : null, riskCode: risk ? risk.code : null },
          });
        }
      }
    }
  };

  scanRow('project', projectCheck, doc.project as unknown as Record<string, unknown>);
  const tables = [...TABLE_ORDER, ...TABLE_NAMES.filter((t) => !TABLE_ORDER.includes(t) && !NOT_SCANNED.has(t))];
  for (const table of tables) {
    const rows = Object.values(doc[table]) as unknown as Record<string, unknown>[];
    if (table === 'risks') rows.sort((a, b) => (a['order'] as number) - (b['order'] as number));
    for (const row of rows) scanRow(table, TABLES[table], row);
  }
  return out;
}
