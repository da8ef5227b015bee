/**
 * The JSON interchange form of a project (docs/json-interchange.md): the whole document as one
 * JSON object, for scripting, tests and version control. Converting doc → JSON → doc is lossless;
 * the output is deterministic (rows sorted by id, fields in a fixed order) so it diffs well.
 *
 * Import is a trust boundary like opening a file: every row is checked with its entity check,
 * ids must be unique, every reference must resolve (`validateDoc`), and a newer formatVersion is
 * refused; an older one is first brought up to date by the upgrade chain (interchangeUpgrades.ts).
 * Failures throw `ApiError('import.invalid', { reason })` with a Dutch reason that names
 * the place, e.g. `tables.placements[3].pathId: verwijst naar een onbekende escalatiefactor`.
 */
import { ApiError } from '../api/errors.ts';
import type { MessageKey, MessageRef } from '../i18n/t.ts';
import { CheckError, because, c, isPlainObject, type Check } from './check.ts';
import { emptyTables, type ProjectDoc } from './doc.ts';
import { TABLES, TABLE_NAMES, deletionCheck, fieldChangeCheck, projectCheck, saveRecordCheck, type Deletion, type FieldChange, type SaveRecord, type TableName } from './entities.ts';
import { validateDoc } from './integrity.ts';

import { INTERCHANGE_VERSION, upgradeInterchange } from './interchangeUpgrades.ts';

export { INTERCHANGE_VERSION };

/** Most rows accepted per table (a 200-risk project has a few thousand in its largest table). */
const MAX_ROWS = 200_000;

export interface Interchange {
  format: 'vlinder';
  formatVersion: number;
  exportedAt: string;
  project: ProjectDoc['project'];
  saveHistory?: SaveRecord[];
  /** Since version 5: the recorded deletions and field changes (docs/merge.md), with the save history. */
  deletions?: Deletion[];
  fieldChanges?: FieldChange[];
  tables: { [T in TableName]: ProjectDoc[T][string][] };
}

/** What an import yields: the document plus the lineage and metadata the file carried. */
export interface InterchangeContent {
  doc: ProjectDoc;
  saveHistory: SaveRecord[] | null;
  deletions: Deletion[] | null;
  fieldChanges: FieldChange[] | null;
  exportedAt: string;
  formatVersion: number;
}

/** Copies a row with its fields in the order its check declares them (stable JSON). */
function ordered(row: object, keys: readonly string[]): Record<string, unknown> {
  const src = row as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const k of keys) if (src[k] !== undefined) out[k] = normalise(src[k]);
  return out;
}

function normalise(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalise);
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalise(x)]));
  return Object.is(v, -0) ? 0 : v;
}

/** The document as an interchange object (call `JSON.stringify` on it, or use `stringifyInterchange`). */
export function toInterchange(doc: ProjectDoc, opts: { exportedAt?: string; saveHistory?: readonly SaveRecord[]; deletions?: readonly Deletion[]; fieldChanges?: readonly FieldChange[] } = {}): Interchange {
  const tables = {} as Record<TableName, unknown[]>;
  for (const name of TABLE_NAMES) {
    const keys = Object.keys(TABLES[name].shape);
    tables[name] = Object.keys(doc[name])
      .sort()
      .map((id) => ordered(doc[name][id]!, keys));
  }
  const out: Interchange = {
    format: 'vlinder',
    formatVersion: INTERCHANGE_VERSION,
    exportedAt: opts.exportedAt ?? new Date().toISOString(),
    project: ordered(doc.project, Object.keys(projectCheck.shape)) as Interchange['project'],
    tables: tables as Interchange['tables'],
  };
  if (opts.saveHistory) out.saveHistory = opts.saveHistory.map((r) => ordered(r, Object.keys(saveRecordCheck.shape)) as SaveRecord);
  if (opts.deletions) out.deletions = [...opts.deletions].sort((a, b) => (a.id < b.id ? -1 : 1)).map((d) => ordered(d, Object.keys(deletionCheck.shape)) as Deletion);
  const byKey = (a: FieldChange, b: FieldChange) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.field < b.field ? -1 : a.field > b.field ? 1 : 0);
  if (opts.fieldChanges) out.fieldChanges = [...opts.fieldChanges].sort(byKey).map((f) => ordered(f, Object.keys(fieldChangeCheck.shape)) as FieldChange);
  return out;
}

/** `toInterchange` as text: two-space indentation and a final newline. */
export function stringifyInterchange(doc: ProjectDoc, opts: Parameters<typeof toInterchange>[1] = {}): string {
  return `${JSON.stringify(toInterchange(doc, opts), null, 2)}\n`;
}

function invalid(reason: MessageRef): never {
  throw new ApiError('import.invalid', { reason });
}

/** "<path>: <reason>" as a message. */
const at = (path: string, reason: MessageRef): MessageRef => because('check.at', { path, reason });

const TOP_KEYS = new Set(['format', 'formatVersion', 'exportedAt', 'project', 'saveHistory', 'deletions', 'fieldChanges', 'tables']);
const exportedAtCheck = c.string({ max: 40 });
const historyCheck = c.array(saveRecordCheck, { max: 10_000 });
const deletionsCheck = c.array(deletionCheck, { max: 1_000_000 });
const fieldChangesCheck = c.array(fieldChangeCheck, { max: 1_000_000 });

/** Runs a check, turning a CheckError into an import error that names the place. */
function checked<T>(check: Check<T>, value: unknown, path: string): T {
  try {
    return check(value, path);
  } catch (e) {
    if (e instanceof CheckError) invalid(because('check.at', { path: e.path || path, reason: e.reasonRef }));
    throw e;
  }
}

/**
 * Reads an interchange object (or its JSON text) into a validated document, with the save
 * history and metadata it carried. Throws ApiError('import.invalid', { reason }).
 */
export function parseInterchange(input: unknown): InterchangeContent {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (e) {
      invalid(because('reason.notJsonFile', { detail: (e as Error).message }));
    }
  }
  if (!isPlainObject(json)) invalid(because('reason.notJsonObject'));
  if (json['format'] !== 'vlinder') invalid(because('reason.notVlinderJson'));
  const version = json['formatVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) invalid(because('reason.formatVersionInvalid'));
  if (version > INTERCHANGE_VERSION) invalid(because('reason.formatVersionNewer', { version, latest: INTERCHANGE_VERSION }));
  for (const k of Object.keys(json)) if (!TOP_KEYS.has(k)) invalid(at(k, because('check.unknownField')));
  const upgraded = upgradeInterchange(json, version, invalid);
  const exportedAt = upgraded['exportedAt'] === undefined ? '' : checked(exportedAtCheck, upgraded['exportedAt'], 'exportedAt');
  const project = checked(projectCheck, upgraded['project'], 'project');
  const saveHistory = upgraded['saveHistory'] === undefined ? null : checked(historyCheck, upgraded['saveHistory'], 'saveHistory');
  const deletions = upgraded['deletions'] === undefined ? null : checked(deletionsCheck, upgraded['deletions'], 'deletions');
  const fieldChanges = upgraded['fieldChanges'] === undefined ? null : checked(fieldChangesCheck, upgraded['fieldChanges'], 'fieldChanges');

  const tablesIn = upgraded['tables'] ?? {};
  if (!isPlainObject(tablesIn)) invalid(at('tables', because('check.object')));
  for (const k of Object.keys(tablesIn)) if (!Object.hasOwn(TABLES, k)) invalid(at(`tables.${k}`, because('reason.unknownTable')));
  const doc: ProjectDoc = { project, ...emptyTables() };
  const where = new Map<string, string>();
  for (const name of TABLE_NAMES) {
    const rows = tablesIn[name];
    if (rows === undefined) continue;
    if (!Array.isArray(rows)) invalid(at(`tables.${name}`, because('check.list')));
    if (rows.length > MAX_ROWS) invalid(at(`tables.${name}`, because('reason.tooManyRows', { count: rows.length, max: MAX_ROWS })));
    const table = doc[name] as Record<string, { id: string }>;
    const check = TABLES[name] as Check<{ id: string }>;
    rows.forEach((raw, i) => {
      const path = `tables.${name}[${i}]`;
      const row = checked(check, raw, path);
      if (Object.hasOwn(table, row.id)) invalid(at(`${path}.id`, because('reason.idTwice', { id: row.id, other: where.get(`${name}/${row.id}`) ?? '' })));
      table[row.id] = row;
      where.set(`${name}/${row.id}`, path);
    });
  }
  const problems = validateDoc(doc);
  if (problems.length > 0) {
    const p = problems[0]!;
    const place = `${where.get(`${p.table}/${p.id}`) ?? `tables.${p.table}`}.${p.field}`;
    const reason = p.why ?? p.reason;
    const table = because(`problem.table.${p.table}` as MessageKey);
    invalid(because('reason.rowProblem', { place, table, id: p.id, reason: problems.length > 1 ? because('reason.andMore', { first: reason, count: problems.length - 1 }) : reason }));
  }
  return { doc, saveHistory, deletions, fieldChanges, exportedAt, formatVersion: version };
}

/** Reads an interchange object (or its JSON text) into a validated document. */
export function fromInterchange(input: unknown): ProjectDoc {
  return parseInterchange(input).doc;
}

/** Loads the bundled example project (resources/examples/gemeente-voorbeeld.json): it is an ordinary interchange file. */
export const loadExampleDoc: (json: unknown) => ProjectDoc = fromInterchange;
