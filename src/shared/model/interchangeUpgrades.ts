/**
 * The upgrade chain of the JSON interchange (docs/json-interchange.md): one step per
 * formatVersion, each turning the raw object of version `from` into one of version `from + 1`.
 * They run before any check, on untrusted input, so a step changes only what has the shape it
 * expects and leaves everything else for the checks of the newest version to refuse.
 * INTERCHANGE_VERSION follows from the list; to add version N, append a step with `from: N - 1`.
 */
import { defaultAdviceRule } from './adviceRuleSchema.ts';
import type { MessageRef } from '../i18n/t.ts';
import { because, isPlainObject } from './check.ts';

export interface InterchangeUpgrade {
  from: number;
  /** Returns the upgraded document (never changes `json`); `fail` refuses it with a reason (a message). */
  upgrade(json: Record<string, unknown>, fail: (reason: MessageRef) => never): Record<string, unknown>;
}

/** Applies `fn` to every row of `tables[table]` that is an object; other values are left for the checks. */
function mapRows(json: Record<string, unknown>, table: string, fn: (row: Record<string, unknown>, path: string) => Record<string, unknown>): Record<string, unknown> {
  const tables = json['tables'];
  if (!isPlainObject(tables) || !Array.isArray(tables[table])) return json;
  const rows = (tables[table] as unknown[]).map((row, i) => (isPlainObject(row) ? fn(row, `tables.${table}[${i}]`) : row));
  return { ...json, tables: { ...tables, [table]: rows } };
}

/** "<path>: is an unknown field in formatVersion <version>" as a message. */
const unknownIn = (path: string, version: number): MessageRef => because('check.at', { path, reason: because('reason.unknownInVersion', { version }) });

export const INTERCHANGE_UPGRADES: readonly InterchangeUpgrade[] = [
  {
    // 1 → 2: risks keep their dismissed findings; a version 1 risk has none.
    from: 1,
    upgrade: (json, fail) =>
      mapRows(json, 'risks', (row, path) => {
        if (Object.hasOwn(row, 'dismissedFindings')) fail(unknownIn(`${path}.dismissedFindings`, 1));
        return { ...row, dismissedFindings: [] };
      }),
  },
  {
    // 2 → 3: the project's details and advice rule, the risks' budget, partners' roles, policy
    // relations and advice motivering; a version 2 document has none of them.
    from: 2,
    upgrade: (json, fail) => {
      const RISK_FIELDS = () => ({ budget: '', partnerRoles: [], policyRelations: '', priorityReason: '' });
      const PROJECT_FIELDS = () => ({ municipalityCode: null, organisation: '', author: '', version: '', status: 'draft', adviceRule: defaultAdviceRule() });
      const project = json['project'];
      let out = json;
      if (isPlainObject(project)) {
        for (const key of Object.keys(PROJECT_FIELDS())) if (Object.hasOwn(project, key)) fail(unknownIn(`project.${key}`, 2));
        out = { ...json, project: { ...project, ...PROJECT_FIELDS() } };
      }
      return mapRows(out, 'risks', (row, path) => {
        for (const key of Object.keys(RISK_FIELDS())) if (Object.hasOwn(row, key)) fail(unknownIn(`${path}.${key}`, 2));
        return { ...row, ...RISK_FIELDS() };
      });
    },
  },
  {
    // 3 → 4: scoring sessions, their votes and evidence series are kept; a version 3 document has none.
    from: 3,
    upgrade: (json, fail) => {
      const tables = json['tables'];
      if (!isPlainObject(tables)) return json;
      const added: Record<string, unknown[]> = {};
      for (const name of ['scoringSessions', 'sessionVotes', 'evidenceSeries']) {
        if (Object.hasOwn(tables, name)) fail(because('check.at', { path: `tables.${name}`, reason: because('reason.unknownTableInVersion', { version: 3 }) }));
        added[name] = [];
      }
      return { ...json, tables: { ...tables, ...added } };
    },
  },
  {
    // 4 → 5: the time changes are recorded from, per save who saved and a merge's second parent
    // (docs/merge.md); a version 4 document has none of them (and no recorded deletions or field
    // changes: `trackedSince` stays empty).
    from: 4,
    upgrade: (json, fail) => {
      let out = json;
      const project = json['project'];
      if (isPlainObject(project)) {
        for (const key of ['trackedSince']) if (Object.hasOwn(project, key)) fail(unknownIn(`project.${key}`, 4));
        out = { ...out, project: { ...project, trackedSince: '' } };
      }
      for (const key of ['deletions', 'fieldChanges']) if (Object.hasOwn(json, key)) fail(unknownIn(key, 4));
      const history = json['saveHistory'];
      if (Array.isArray(history)) {
        const saves = history.map((r, i) => {
          if (!isPlainObject(r)) return r;
          for (const key of ['mergeParentId', 'savedBy']) if (Object.hasOwn(r, key)) fail(unknownIn(`saveHistory[${i}].${key}`, 4));
          return { ...r, mergeParentId: null, savedBy: '' };
        });
        out = { ...out, saveHistory: saves };
      }
      return out;
    },
  },
];

INTERCHANGE_UPGRADES.forEach((u, i) => {
  if (u.from !== i + 1) throw new Error(`interchange: upgrade ${i + 1} declares from ${u.from}`);
});

/** The interchange format version this build writes and the newest it reads. */
export const INTERCHANGE_VERSION = INTERCHANGE_UPGRADES.length + 1;

/** Brings a document of `version` (1 … INTERCHANGE_VERSION) to INTERCHANGE_VERSION. */
export function upgradeInterchange(json: Record<string, unknown>, version: number, fail: (reason: MessageRef) => never): Record<string, unknown> {
  let out = json;
  for (const step of INTERCHANGE_UPGRADES) if (step.from >= version) out = step.upgrade(out, fail);
  return out;
}
