/**
 * Referential integrity of a ProjectDoc: every reference resolves to a row of the right table,
 * a placement's path belongs to the same risk, escalation factors hang below a measure on a cause
 * or consequence path, themes are at most two levels deep (field → theme), areas form no cycle.
 *
 * `validateDoc` checks a whole document in one linear pass (it runs on every open);
 * `validateChanges` checks only what a set of changes can have broken (it runs on every edit;
 * given an index of the references it finds the referring rows without scanning their tables).
 * Rows are assumed to have passed their entity checks already (`TABLES` in entities.ts).
 */
import type { Change, ProjectDoc } from './doc.ts';
import { t, type MessageKey, type MessageParams, type MessageRef } from '../i18n/t.ts';
import { because } from './check.ts';
import { TABLE_NAMES, type EntityOf, type TableName } from './entities.ts';

/**
 * One integrity problem: the place, a Dutch reason (for logs, the CLI and file messages) and the
 * same reason as a message (`why`), which the UI shows in its own language.
 */
export interface Problem {
  table: TableName;
  id: string;
  field: string;
  reason: string;
  why?: MessageRef;
}

/** A problem at `table`/`id`/`field` whose reason is the message `key`. */
function problem(table: TableName, id: string, field: string, key: MessageKey, params: MessageParams = {}): Problem {
  const why = because(key, params);
  return { table, id, field, reason: t('nl', key, params), why };
}

/** "verwijst naar een onbekende partner" */
const unknownRef = (table: TableName, id: string, field: string, target: TableName) => problem(table, id, field, 'problem.unknownRef', { target: because(`problem.noun.${target}` as MessageKey) });

type Out = Problem[];
type RowCheck<T extends TableName> = (doc: ProjectDoc, row: EntityOf<T>, out: Out) => void;

function ref(doc: ProjectDoc, out: Out, table: TableName, row: { id: string }, field: string, target: TableName, value: string | null): boolean {
  if (value === null) return true;
  if (Object.hasOwn(doc[target], value)) return true;
  out.push(unknownRef(table, row.id, field, target));
  return false;
}

const CHECKS: { [T in TableName]: RowCheck<T> } = {
  themes(doc, row, out) {
    if (!ref(doc, out, 'themes', row, 'parentId', 'themes', row.parentId) || row.parentId === null) return;
    if (doc.themes[row.parentId]!.parentId !== null) out.push(problem('themes', row.id, 'parentId', 'problem.themeUnderTheme'));
  },
  areas(doc, row, out) {
    ref(doc, out, 'areas', row, 'parentId', 'areas', row.parentId);
  },
  partners() {},
  risks(doc, row, out) {
    ref(doc, out, 'risks', row, 'themeId', 'themes', row.themeId);
    const seen = new Set<string>();
    for (const a of row.areaIds) {
      if (seen.has(a)) out.push(problem('risks', row.id, 'areaIds', 'problem.areaTwice'));
      seen.add(a);
      ref(doc, out, 'risks', row, 'areaIds', 'areas', a);
    }
    const roles = new Set<string>();
    for (const r of row.partnerRoles) {
      if (roles.has(r.partnerId)) out.push(problem('risks', row.id, 'partnerRoles', 'problem.partnerTwice'));
      roles.add(r.partnerId);
      ref(doc, out, 'risks', row, 'partnerRoles', 'partners', r.partnerId);
    }
    const ind = new Set<string>();
    for (const i of row.indicators) {
      if (ind.has(i.id)) out.push(problem('risks', row.id, 'indicators', 'problem.indicatorTwice'));
      ind.add(i.id);
    }
  },
  causes() {},
  consequences() {},
  riskCauses(doc, row, out) {
    ref(doc, out, 'riskCauses', row, 'riskId', 'risks', row.riskId);
    ref(doc, out, 'riskCauses', row, 'causeId', 'causes', row.causeId);
  },
  riskConsequences(doc, row, out) {
    ref(doc, out, 'riskConsequences', row, 'riskId', 'risks', row.riskId);
    ref(doc, out, 'riskConsequences', row, 'consequenceId', 'consequences', row.consequenceId);
  },
  measures(doc, row, out) {
    ref(doc, out, 'measures', row, 'ownerId', 'partners', row.ownerId);
  },
  placements(doc, row, out) {
    ref(doc, out, 'placements', row, 'measureId', 'measures', row.measureId);
    ref(doc, out, 'placements', row, 'riskId', 'risks', row.riskId);
    const pathRisk = riskOfPath(doc, row.pathKind, row.pathId);
    if (pathRisk === undefined) {
      const target: TableName = row.pathKind === 'cause' ? 'riskCauses' : row.pathKind === 'consequence' ? 'riskConsequences' : 'escalationFactors';
      out.push(unknownRef('placements', row.id, 'pathId', target));
    } else if (pathRisk !== row.riskId) {
      out.push(problem('placements', row.id, 'pathId', 'problem.otherRiskPath'));
    }
  },
  escalationFactors(doc, row, out) {
    if (!ref(doc, out, 'escalationFactors', row, 'placementId', 'placements', row.placementId)) return;
    if (doc.placements[row.placementId]!.pathKind === 'escalation') {
      out.push(problem('escalationFactors', row.id, 'placementId', 'problem.escalationPlace'));
    }
  },
  scores(doc, row, out) {
    ref(doc, out, 'scores', row, 'riskId', 'risks', row.riskId);
  },
  layoutOverrides(doc, row, out) {
    ref(doc, out, 'layoutOverrides', row, 'riskId', 'risks', row.riskId);
  },
  scoringSessions(doc, row, out) {
    for (const r of row.riskIds) ref(doc, out, 'scoringSessions', row, 'riskIds', 'risks', r);
  },
  sessionVotes(doc, row, out) {
    ref(doc, out, 'sessionVotes', row, 'sessionId', 'scoringSessions', row.sessionId);
    ref(doc, out, 'sessionVotes', row, 'riskId', 'risks', row.riskId);
  },
  evidenceSeries(doc, row, out) {
    ref(doc, out, 'evidenceSeries', row, 'riskId', 'risks', row.riskId);
  },
};

/**
 * The risk a path belongs to, or undefined when the path does not exist. An escalation path
 * belongs to the risk of the placement its factor hangs below.
 */
export function riskOfPath(doc: ProjectDoc, pathKind: string, pathId: string): string | undefined {
  if (pathKind === 'cause') return doc.riskCauses[pathId]?.riskId;
  if (pathKind === 'consequence') return doc.riskConsequences[pathId]?.riskId;
  const factor = doc.escalationFactors[pathId];
  return factor ? doc.placements[factor.placementId]?.riskId : undefined;
}

function checkRow<T extends TableName>(doc: ProjectDoc, table: T, key: string, row: EntityOf<T>, out: Out): void {
  if (row.id !== key) out.push(problem(table, key, 'id', 'problem.wrongKey', { key }));
  (CHECKS[table] as RowCheck<T>)(doc, row, out);
}

/** Every integrity problem of `doc`, in table order. Linear in the size of the document. */
export function validateDoc(doc: ProjectDoc): Problem[] {
  const out: Out = [];
  for (const table of TABLE_NAMES) {
    const rows = doc[table] as Record<string, EntityOf<typeof table>>;
    for (const key in rows) checkRow(doc, table, key, rows[key]!, out);
  }
  areaCycles(doc, Object.keys(doc.areas), out);
  uniqueKeys(doc, null, null, out);
  return out;
}

/** Finds the rows that refer to some ids (a `RefIndex` does, without scanning). */
export interface Referrers {
  /** The rows of `table` whose `field` holds one of `ids`, in the table's key order. */
  referrers(table: TableName, field: string, ids: Iterable<string>): string[];
}

/** Which fields refer to which table; drives the incremental check and the RefIndex. */
export const REFERRERS: { [T in TableName]?: { table: TableName; field: string }[] } = {
  themes: [{ table: 'risks', field: 'themeId' }, { table: 'themes', field: 'parentId' }],
  areas: [{ table: 'risks', field: 'areaIds' }, { table: 'areas', field: 'parentId' }],
  partners: [{ table: 'measures', field: 'ownerId' }, { table: 'risks', field: 'partnerRoles' }],
  risks: [
    ...['riskCauses', 'riskConsequences', 'placements', 'scores', 'layoutOverrides', 'sessionVotes', 'evidenceSeries'].map((t) => ({ table: t as TableName, field: 'riskId' })),
    { table: 'scoringSessions', field: 'riskIds' },
  ],
  scoringSessions: [{ table: 'sessionVotes', field: 'sessionId' }],
  causes: [{ table: 'riskCauses', field: 'causeId' }],
  consequences: [{ table: 'riskConsequences', field: 'consequenceId' }],
  riskCauses: [{ table: 'placements', field: 'pathId' }],
  riskConsequences: [{ table: 'placements', field: 'pathId' }],
  measures: [{ table: 'placements', field: 'measureId' }],
  placements: [{ table: 'escalationFactors', field: 'placementId' }],
  escalationFactors: [{ table: 'placements', field: 'pathId' }],
};

/**
 * The integrity problems that `changes` can have introduced into `doc` (the document *after* the
 * changes). If the document was valid before, this finds exactly what `validateDoc(doc)` would,
 * but only visits the changed rows and the rows that refer to them, so an edit stays cheap.
 *
 * With `index` (of the document *before* the changes) the referring rows are looked up instead of
 * scanned for, and uniqueness is checked among the rows of the changed scores' and overrides'
 * risks only: the same problems in the same order, at a cost that does not grow with the project.
 */
export function validateChanges(doc: ProjectDoc, changes: readonly Change[], index?: Referrers): Problem[] {
  const touched = new Map<TableName, Set<string>>();
  const mark = (m: Map<TableName, Set<string>>, t: TableName, id: string) => {
    let s = m.get(t);
    if (!s) m.set(t, (s = new Set()));
    s.add(id);
  };
  for (const ch of changes) {
    if (ch.op === 'put') mark(touched, ch.table, ch.value.id);
    else if (ch.op === 'delete') mark(touched, ch.table, ch.id);
  }
  const check = new Map<TableName, Set<string>>();
  for (const [t, ids] of touched) for (const id of ids) mark(check, t, id);
  const addReferrers = (target: TableName, ids: Set<string>) => {
    for (const { table, field } of REFERRERS[target] ?? []) {
      if (index) {
        // Rows changed by `changes` may be missing from (or extra in) the index of the document
        // before; they are all marked already, so the marks and their order are the scan's.
        for (const key of index.referrers(table, field, ids)) mark(check, table, key);
        continue;
      }
      const rows = doc[table] as Record<string, Record<string, unknown>>;
      for (const key in rows) {
        const v = rows[key]![field];
        if (typeof v === 'string' ? ids.has(v) : Array.isArray(v) && v.some((x) => ids.has(typeof x === 'string' ? x : (x as { partnerId?: string }).partnerId ?? ''))) mark(check, table, key);
      }
    }
  };
  for (const [t, ids] of touched) addReferrers(t, ids);
  // Two hops: a placement on an escalation path depends on the placement its factor hangs below.
  const factors = check.get('escalationFactors');
  if (touched.has('placements') && factors) addReferrers('escalationFactors', factors);

  const out: Out = [];
  for (const [table, ids] of check) {
    const rows = doc[table] as Record<string, EntityOf<typeof table>>;
    for (const id of ids) {
      const row = rows[id];
      if (row) checkRow(doc, table, id, row, out);
    }
  }
  const areas = touched.get('areas');
  if (areas) areaCycles(doc, [...areas], out);
  if (index) {
    // Only a changed score or override can share its key with another row of a valid document.
    const scores = touched.get('scores');
    if (scores) dupesAmong(doc.scores, scoreKey, scores, index.referrers('scores', 'riskId', risksOf(doc.scores, scores)), reportScore(out));
    const overrides = touched.get('layoutOverrides');
    if (overrides) dupesAmong(doc.layoutOverrides, overrideKey, overrides, index.referrers('layoutOverrides', 'riskId', risksOf(doc.layoutOverrides, overrides)), reportOverride(out));
    return out;
  }
  uniqueKeys(doc, touched.get('scores') ?? null, touched.get('layoutOverrides') ?? null, out);
  return out;
}

function risksOf(rows: Record<string, { riskId: string }>, ids: Iterable<string>): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const r = rows[id];
    if (r) out.push(r.riskId);
  }
  return out;
}

/** Reports areas whose parent chain loops back, walking up from each start (each row once). */
function areaCycles(doc: ProjectDoc, starts: readonly string[], out: Out): void {
  const done = new Set<string>();
  for (const start of starts) {
    const path = new Set<string>();
    let id: string | null = start;
    while (id !== null && !done.has(id)) {
      if (path.has(id)) {
        out.push(problem('areas', id, 'parentId', 'problem.areaCycle'));
        break;
      }
      path.add(id);
      id = doc.areas[id]?.parentId ?? null;
    }
    for (const p of path) done.add(p);
  }
}

/**
 * One score per risk, criterion and session; one layout override per risk and node. With
 * `scores`/`overrides` given, only keys shared with those rows are reported.
 */
function uniqueKeys(doc: ProjectDoc, scores: Set<string> | null, overrides: Set<string> | null, out: Out): void {
  if (scores === null || scores.size > 0) dupes(doc.scores, scoreKey, scores, reportScore(out));
  if (overrides === null || overrides.size > 0) dupes(doc.layoutOverrides, overrideKey, overrides, reportOverride(out));
}

const scoreKey = (s: EntityOf<'scores'>) => `${s.riskId}\u0000${s.criterion}\u0000${s.session}`;
const overrideKey = (o: EntityOf<'layoutOverrides'>) => `${o.riskId}\u0000${o.nodeKey}`;
const reportScore = (out: Out) => (s: { id: string }) => out.push(problem('scores', s.id, 'criterion', 'problem.scoreTwice'));
const reportOverride = (out: Out) => (o: { id: string }) => out.push(problem('layoutOverrides', o.id, 'nodeKey', 'problem.overrideTwice'));

/**
 * `dupes` restricted to the keys of the rows `only`, looking at `only` and the `candidates` (every
 * other row that can share one of those keys) instead of the whole table.
 */
function dupesAmong<R extends { id: string }>(rows: Record<string, R>, keyOf: (r: R) => string, only: Set<string>, candidates: readonly string[], report: (r: R) => void): void {
  const wanted = new Set<string>();
  for (const id of only) if (rows[id]) wanted.add(keyOf(rows[id]));
  if (wanted.size === 0) return;
  const ids = [...new Set([...only, ...candidates])].filter((id) => Object.hasOwn(rows, id)).sort();
  const first = new Set<string>();
  for (const id of ids) {
    const k = keyOf(rows[id]!);
    if (!wanted.has(k)) continue;
    if (first.has(k)) report(rows[id]!);
    else first.add(k);
  }
}

function dupes<R extends { id: string }>(rows: Record<string, R>, keyOf: (r: R) => string, only: Set<string> | null, report: (r: R) => void): void {
  const wanted = only ? new Set([...only].flatMap((id) => (rows[id] ? [keyOf(rows[id])] : []))) : null;
  if (wanted && wanted.size === 0) return;
  const first = new Map<string, string>();
  for (const id of Object.keys(rows).sort()) {
    const r = rows[id]!;
    const k = keyOf(r);
    if (wanted && !wanted.has(k)) continue;
    if (first.has(k)) report(r);
    else first.set(k, id);
  }
}

/** "risico 3f2c… (veld title): reden" — a short Dutch description of a problem, for messages. */
export function describeProblem(p: Problem): string {
  return `${t('nl', `problem.table.${p.table}`)} ${p.id}, veld ${p.field}: ${p.reason}`;
}

/** The same as a message, so an English UI says it in English. */
export function problemMessage(p: Problem): MessageRef {
  return because('problem.at', { table: because(`problem.table.${p.table}` as MessageKey), id: p.id, field: p.field, reason: p.why ?? p.reason });
}
