/**
 * The document an open project keeps in memory, edited at a cost that does not grow with the
 * project: changes are checked against a view of the result (nothing is modified until they pass
 * and are stored), then applied in place, with a `RefIndex` kept in step for the next check.
 *
 * Snapshots stay valid: `snapshot()` hands out the current document and from then on every table
 * of it counts as shared; the next change to a shared table first copies that table (once), so a
 * document anyone was given never changes under them. Between snapshots, edits copy nothing.
 */
import type { Change, ProjectDoc } from './doc.ts';
import type { TableName } from './entities.ts';
import { validateChanges, type Problem } from './integrity.ts';
import { RefIndex } from './refIndex.ts';

type Row = Record<string, unknown>;
type Table = Record<string, Row>;

export class LiveDoc {
  private current: ProjectDoc;
  /** Whether the document object itself, and which of its tables, nobody else has seen. */
  private ownDoc = false;
  private readonly ownTables = new Set<TableName>();
  /** Built part by part as checks need it, so that opening a project does not pay for it. */
  private readonly index = new RefIndex(() => this.current);

  /** Takes over `doc`; it is treated as shared (never modified). */
  constructor(doc: ProjectDoc) {
    this.current = doc;
  }

  /** The current document. It is never modified afterwards: later edits copy what they touch. */
  snapshot(): ProjectDoc {
    this.ownDoc = false;
    this.ownTables.clear();
    return this.current;
  }

  /**
   * The integrity problems the document would have after `changes` (each row already passed its
   * entity check), as `validateChanges` reports them; the document is not modified.
   */
  problems(changes: readonly Change[]): Problem[] {
    return validateChanges(viewAfter(this.current, changes), changes, this.index);
  }

  /** The row `change` would replace (the project for a project change), without taking a snapshot. */
  before(change: Change): object | undefined {
    if (change.op === 'project') return this.current.project;
    if (change.op === 'put') return (this.current[change.table] as Record<string, object>)[change.value.id];
    return undefined;
  }

  /** Applies changes that `problems` accepted (and that are stored), in place. */
  apply(changes: readonly Change[]): void {
    if (!this.ownDoc) {
      this.current = { ...this.current };
      this.ownDoc = true;
    }
    const doc = this.current as unknown as Record<TableName, Table> & { project: ProjectDoc['project'] };
    for (const ch of changes) {
      if (ch.op === 'project') {
        doc.project = ch.value;
        continue;
      }
      if (!this.ownTables.has(ch.table)) {
        doc[ch.table] = { ...doc[ch.table] };
        this.ownTables.add(ch.table);
      }
      const table = doc[ch.table];
      const key = ch.op === 'put' ? ch.value.id : ch.id;
      const before = Object.hasOwn(table, key) ? table[key] : undefined;
      if (ch.op === 'put') table[key] = ch.value as Row;
      else if (before) delete table[key];
      this.index.update(ch.table, key, before, ch.op === 'put' ? (ch.value as Row) : undefined);
    }
  }
}

/**
 * `doc` as it would be after `changes` — what `applyChanges` returns — without copying or
 * modifying anything: each changed table is a read-only view of the table with the changes laid
 * over it. Meant for the check, which reads a few rows by key.
 */
export function viewAfter(doc: ProjectDoc, changes: readonly Change[]): ProjectDoc {
  const view: ProjectDoc = { ...doc };
  const overlays = new Map<TableName, Map<string, Row | undefined>>();
  for (const ch of changes) {
    if (ch.op === 'project') {
      view.project = ch.value;
      continue;
    }
    let overlay = overlays.get(ch.table);
    if (!overlay) {
      overlay = new Map();
      overlays.set(ch.table, overlay);
      (view as unknown as Record<TableName, unknown>)[ch.table] = overlaid(doc[ch.table] as Table, overlay);
    }
    // Deleting and putting again moves a key to the end of the table's order; the view only
    // answers lookups by key, where order does not matter.
    if (ch.op === 'put') overlay.set(ch.value.id, ch.value as Row);
    else overlay.set(ch.id, undefined);
  }
  return view;
}

function overlaid(base: Table, overlay: Map<string, Row | undefined>): Table {
  const value = (k: string): Row | undefined => (overlay.has(k) ? overlay.get(k) : Object.hasOwn(base, k) ? base[k] : undefined);
  const refuse = () => {
    throw new Error('viewAfter: the view of a changed table is read-only');
  };
  return new Proxy({} as Table, {
    get: (_t, k) => (typeof k === 'string' && overlay.has(k) ? overlay.get(k) : (base as Record<PropertyKey, unknown>)[k]),
    has: (_t, k) => (typeof k === 'string' && overlay.has(k) ? overlay.get(k) !== undefined : k in base),
    getOwnPropertyDescriptor: (_t, k) => {
      if (typeof k !== 'string') return undefined;
      const v = value(k);
      return v === undefined ? undefined : { value: v, writable: false, enumerable: true, configurable: true };
    },
    ownKeys: () => {
      const keys = Object.keys(base).filter((k) => !overlay.has(k) || overlay.get(k) !== undefined);
      for (const [k, v] of overlay) if (v !== undefined && !Object.hasOwn(base, k)) keys.push(k);
      return keys;
    },
    set: refuse,
    deleteProperty: refuse,
    defineProperty: refuse,
  });
}
