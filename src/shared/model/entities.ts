/**
 * The document model (DESIGN.md §3), declared once as checks. Types are inferred from the
 * checks, so the file reader, the JSON importer and the API dispatcher validate with exactly the
 * definitions the code is typed against.
 *
 * A cause or consequence is a *concept* that can appear in several bow-ties: its appearance in a
 * risk is a `riskCause` / `riskConsequence` line. A measure likewise sits on paths through
 * `placements`. Linking across risks is therefore just two lines pointing at one concept.
 */
import { c, type Checked } from './check.ts';
import {
  AREA_KINDS,
  CBS_CODE_RE,
  CHAIN_LINKS,
  CONFIDENTIALITY,
  DOMAINS,
  EFFECTIVENESS,
  IMPACT_CATEGORIES,
  LANGUAGES,
  MEASURE_STATUS,
  MEASURE_TYPES,
  PARTNER_KINDS,
  PATH_KINDS,
  GM_CODE_RE,
  PARTNER_ROLES,
  PRIORITY_ADVICE,
  PROJECT_STATUS,
  RISK_STATUS,
  SESSION_STATUS,
  EVIDENCE_SOURCES,
} from './vocab.ts';
import { adviceRuleCheck } from './adviceRuleSchema.ts';
import { scalesCheck } from './scalesSchema.ts';

const id = c.id();
const ref = c.id();
const optRef = c.nullable(c.id());
const label = c.string({ max: 500 });
const text = c.string();
const order = c.number();
/** ISO-8601 UTC timestamp, e.g. 2026-11-23T10:00:00.000Z */
const time = c.string({ max: 40, pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/ });

const stamps = { id, createdAt: time, updatedAt: time };

export const indicatorCheck = c.object({
  id,
  indicator: label,
  source: label,
  baseline: label,
  baselineYear: c.nullable(c.int({ min: 1900, max: 2200 })),
  target: label,
  measureMoment: label,
});
export type Indicator = Checked<typeof indicatorCheck>;

export const projectCheck = c.object({
  ...stamps,
  /** Survives copies of the file: two copies with one documentId are versions of one project. */
  documentId: id,
  title: c.string({ min: 1, max: 300 }),
  municipality: label,
  period: c.string({ max: 40 }),
  language: c.enum(LANGUAGES),
  confidentiality: c.enum(CONFIDENTIALITY),
  scales: scalesCheck,
  description: text,
  /** Since format version 3: the municipality's CBS code (GM0123), or null. */
  municipalityCode: c.nullable(c.string({ max: 6, pattern: GM_CODE_RE })),
  organisation: label,
  author: label,
  /** The report's version as the user numbers it ("0.3", "1.0"). */
  version: c.string({ max: 40 }),
  status: c.enum(PROJECT_STATUS),
  adviceRule: adviceRuleCheck,
  /**
   * Since format version 5: from when on this copy records its changes (`deletions`,
   * `fieldChanges`, docs/merge.md), '' when never. Before that time a row missing from a copy may
   * have been deleted, and a field changed, without a record.
   */
  trackedSince: c.string({ max: 40, pattern: /^$|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/ }),
});
export type Project = Checked<typeof projectCheck>;

export const themeCheck = c.object({
  ...stamps,
  /** Stable code such as "VWL" (a field) or "VWL-1.1" (a theme). */
  code: c.string({ min: 1, max: 40 }),
  /** null for a field (veiligheidsveld), the field's id for a theme. */
  parentId: optRef,
  label: c.string({ min: 1, max: 300 }),
  order,
});
export type Theme = Checked<typeof themeCheck>;

/**
 * A finding of the method rules (src/shared/rules) that the user chose to ignore ("Negeren"),
 * kept with the risk so it survives saving. Rule and table are plain text, not closed sets: a
 * rule renamed or retired by a later version must not make an older file unreadable.
 */
export const dismissedFindingCheck = c.object({
  /** The finding's stable key (Finding.key): `<ruleId>:<variant>:<entity id>`. */
  key: c.string({ min: 1, max: 300 }),
  ruleId: c.string({ min: 1, max: 20 }),
  /** The element the finding is about (Finding.entity). */
  target: c.object({ table: c.string({ min: 1, max: 40 }), id }),
  /** Who dismissed it (the name of the user on that computer; may be empty). */
  by: c.string({ max: 200 }),
  at: time,
  /** Why: the user's reason, may be empty. */
  reason: c.string({ max: 2000 }),
});
export type DismissedFinding = Checked<typeof dismissedFindingCheck>;

/** A partner's role in the approach of one risk (IVP "Met wie?"), since format version 3. */
export const partnerRoleCheck = c.object({
  partnerId: ref,
  role: c.enum(PARTNER_ROLES),
  /** What the partner does here, in a few words. */
  note: c.string({ max: 1000 }),
});
export type PartnerRoleEntry = Checked<typeof partnerRoleCheck>;

export const riskCheck = c.object({
  ...stamps,
  code: c.string({ max: 20 }),
  title: c.string({ min: 1, max: 300 }),
  hazard: label,
  centralEvent: label,
  description: text,
  themeId: optRef,
  areaIds: c.array(ref, { max: 500 }),
  status: c.enum(RISK_STATUS),
  priorityAdvice: c.nullable(c.enum(PRIORITY_ADVICE)),
  goals: c.array(c.string({ max: 2000 }), { max: 100 }),
  indicators: c.array(indicatorCheck, { max: 100 }),
  evidence: text,
  resources: text,
  confidentiality: c.enum(CONFIDENTIALITY),
  order,
  /** Since format version 2. New fields go last: a migration's ALTER TABLE appends the column. */
  dismissedFindings: c.array(dismissedFindingCheck, { max: 1000 }),
  /** Since format version 3: the IVP fields that had no place yet, and the advice's motivering. */
  budget: text,
  partnerRoles: c.array(partnerRoleCheck, { max: 100 }),
  policyRelations: text,
  priorityReason: c.string({ max: 4000 }),
});
export type Risk = Checked<typeof riskCheck>;

export const causeCheck = c.object({
  ...stamps,
  label,
  description: text,
  domain: c.nullable(c.enum(DOMAINS)),
  confidentiality: c.enum(CONFIDENTIALITY),
});
export type Cause = Checked<typeof causeCheck>;

export const consequenceCheck = c.object({
  ...stamps,
  label,
  description: text,
  impactCategory: c.nullable(c.enum(IMPACT_CATEGORIES)),
  confidentiality: c.enum(CONFIDENTIALITY),
});
export type Consequence = Checked<typeof consequenceCheck>;

/** A cause as it appears on the left of one bow-tie. */
export const riskCauseCheck = c.object({ ...stamps, riskId: ref, causeId: ref, order });
export type RiskCause = Checked<typeof riskCauseCheck>;

/** A consequence as it appears on the right of one bow-tie. */
export const riskConsequenceCheck = c.object({ ...stamps, riskId: ref, consequenceId: ref, order });
export type RiskConsequence = Checked<typeof riskConsequenceCheck>;

export const measureCheck = c.object({
  ...stamps,
  label,
  description: text,
  ownerId: optRef,
  domain: c.nullable(c.enum(DOMAINS)),
  chainLink: c.nullable(c.enum(CHAIN_LINKS)),
  status: c.enum(MEASURE_STATUS),
  effectiveness: c.enum(EFFECTIVENESS),
  type: c.nullable(c.enum(MEASURE_TYPES)),
  quickWin: c.boolean(),
  plannedYear: c.nullable(c.int({ min: 1900, max: 2200 })),
  budgetNote: c.string({ max: 2000 }),
  confidentiality: c.enum(CONFIDENTIALITY),
});
export type Measure = Checked<typeof measureCheck>;

/**
 * A measure on one path. `pathId` is a riskCause id (preventive side), a riskConsequence id
 * (limiting side) or an escalationFactor id (a measure against that factor).
 */
export const placementCheck = c.object({
  ...stamps,
  measureId: ref,
  riskId: ref,
  pathKind: c.enum(PATH_KINDS),
  pathId: ref,
  order,
});
export type Placement = Checked<typeof placementCheck>;

/** Weakens the measure placement it hangs below. */
export const escalationFactorCheck = c.object({
  ...stamps,
  placementId: ref,
  label,
  description: text,
  order,
});
export type EscalationFactor = Checked<typeof escalationFactorCheck>;

export const partnerCheck = c.object({
  ...stamps,
  name: c.string({ min: 1, max: 300 }),
  kind: c.enum(PARTNER_KINDS),
  domain: c.nullable(c.enum(DOMAINS)),
  role: c.string({ max: 1000 }),
});
export type Partner = Checked<typeof partnerCheck>;

export const areaCheck = c.object({
  ...stamps,
  name: c.string({ min: 1, max: 300 }),
  kind: c.enum(AREA_KINDS),
  cbsCode: c.nullable(c.string({ max: 10, pattern: CBS_CODE_RE })),
  parentId: optRef,
});
export type Area = Checked<typeof areaCheck>;

/**
 * One score of a risk on one criterion ("likelihood", "impact", an impact dimension such as
 * "impact.persons", or an extra criterion id from the project's scales), optionally per session.
 */
export const scoreCheck = c.object({
  ...stamps,
  riskId: ref,
  criterion: c.string({ min: 1, max: 60 }),
  value: c.number({ min: -1000, max: 1000 }),
  session: c.string({ max: 200 }),
});
export type Score = Checked<typeof scoreCheck>;

/** A manual nudge of one node of one bow-tie; `nodeKey` is the layout's node id. */
export const layoutOverrideCheck = c.object({
  ...stamps,
  riskId: ref,
  nodeKey: c.string({ min: 1, max: 200 }),
  dx: c.number({ min: -100_000, max: 100_000 }),
  dy: c.number({ min: -100_000, max: 100_000 }),
});
export type LayoutOverride = Checked<typeof layoutOverrideCheck>;

/** yyyy-mm-dd */
const day = c.string({ max: 10, pattern: /^\d{4}-\d{2}-\d{2}$/ });
const criterion = c.string({ min: 1, max: 60 });

/**
 * A live scoring round as it was held (docs/live-scoring.md), since format version 4: kept as
 * evidence of where a risk's scores came from ("gescoord in de werksessie van …, n deelnemers").
 */
export const scoringSessionCheck = c.object({
  ...stamps,
  heldOn: day,
  name: c.string({ max: 200 }),
  criteria: c.array(criterion, { max: 50 }),
  riskIds: c.array(ref, { max: 500 }),
  participantCount: c.int({ min: 0, max: 10_000 }),
  status: c.enum(SESSION_STATUS),
});
export type ScoringSession = Checked<typeof scoringSessionCheck>;

/**
 * One participant's final score of one risk on one criterion in a session, since format
 * version 4. `participant` is the nickname they gave (personal data: never in a publication) or
 * an anonymous label such as "Deelnemer 3".
 */
export const sessionVoteCheck = c.object({
  ...stamps,
  sessionId: ref,
  riskId: ref,
  criterion,
  value: c.number({ min: -1000, max: 1000 }),
  participant: c.string({ max: 60 }),
});
export type SessionVote = Checked<typeof sessionVoteCheck>;

/** One period of an evidence series; `value` null when the publisher suppressed it ("."). */
export const seriesPointCheck = c.object({
  period: c.string({ min: 1, max: 12 }),
  value: c.nullable(c.number()),
});

/**
 * An imported open-data series (docs/evidence.md), since format version 4: one kind (crime kind
 * or indicator) and measure for one area, from one published table, with the risk it counts
 * towards (null when not mapped).
 */
export const evidenceSeriesCheck = c.object({
  ...stamps,
  source: c.enum(EVIDENCE_SOURCES),
  tableId: c.string({ min: 1, max: 40 }),
  title: label,
  downloadedAt: day,
  area: c.string({ min: 1, max: 12 }),
  kind: c.string({ min: 1, max: 60 }),
  measure: c.string({ max: 120 }),
  riskId: optRef,
  points: c.array(seriesPointCheck, { max: 2000 }),
});
export type EvidenceSeries = Checked<typeof evidenceSeriesCheck>;

/** One entry of the save history (lineage): which save this file descends from. */
export const saveRecordCheck = c.object({
  id,
  parentId: optRef,
  savedAt: time,
  appVersion: c.string({ max: 40 }),
  /** Since format version 5: the second parent of a save that merged two copies, else null. */
  mergeParentId: optRef,
  /** Since format version 5: who saved (the user's name on that computer; may be empty). */
  savedBy: c.string({ max: 200 }),
});
export type SaveRecord = Checked<typeof saveRecordCheck>;

/**
 * Since format version 5: a row that was deleted, and when (docs/merge.md). Kept beside the
 * document, not in it: comparing two copies tells "the other copy deleted it" from "this copy
 * added it" by these, not by clocks. `kind` is the table the row was in.
 */
export const deletionCheck = c.object({
  id,
  kind: c.string({ min: 1, max: 40 }),
  deletedAt: time,
});
export type Deletion = Checked<typeof deletionCheck>;

/**
 * Since format version 5: when a field of an existing row (or of the project, by its id) was last
 * changed, so a comparison tells which side changed which field of a row both sides edited.
 */
export const fieldChangeCheck = c.object({
  id,
  field: c.string({ min: 1, max: 60 }),
  changedAt: time,
});
export type FieldChange = Checked<typeof fieldChangeCheck>;

/** What a copy recorded of its changes since `trackedSince` (docs/merge.md). */
export interface ChangeRecords {
  deletions: Deletion[];
  fieldChanges: FieldChange[];
}

/** Every table of the document except the singleton project, in dependency order. */
export const TABLES = {
  themes: themeCheck,
  areas: areaCheck,
  partners: partnerCheck,
  risks: riskCheck,
  causes: causeCheck,
  consequences: consequenceCheck,
  riskCauses: riskCauseCheck,
  riskConsequences: riskConsequenceCheck,
  measures: measureCheck,
  placements: placementCheck,
  escalationFactors: escalationFactorCheck,
  scores: scoreCheck,
  layoutOverrides: layoutOverrideCheck,
  scoringSessions: scoringSessionCheck,
  sessionVotes: sessionVoteCheck,
  evidenceSeries: evidenceSeriesCheck,
} as const;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export type EntityOf<T extends TableName> = Checked<(typeof TABLES)[T]>;
