/**
 * fast-check arbitraries for whole project documents, shared by every test that needs "any valid
 * project" (model, storage round trips, exports).
 *
 * A document is built by replaying a random sequence of *commands* through the real operations,
 * so it is valid by construction and reaches every field and every kind of link (shared causes
 * and measures, escalation factors with measures, own themes, nested areas, scores, overrides).
 * Ids and timestamps come from a seeded identity, so the same input always gives the same
 * document (shrinking and replay work).
 *
 *   fc.assert(fc.property(arbDoc(), (doc) => …))
 *   fc.assert(fc.property(arbCommands(), (cmds) => { const doc = baseDoc(1); for (const c of cmds) applyCommand(doc, c); … }))
 */
import fc from 'fast-check';
import { CheckError } from '../../../src/shared/model/check.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import type { TableName } from '../../../src/shared/model/entities.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import * as ops from '../../../src/shared/model/ops/index.ts';
import { allowedValues } from '../../../src/shared/model/ops/scores.ts';
import { sequentialIdentity, withIdentity } from '../../../src/shared/model/ops/stamp.ts';
import {
  AREA_KINDS,
  CHAIN_LINKS,
  CONFIDENTIALITY,
  DOMAINS,
  EFFECTIVENESS,
  IMPACT_CATEGORIES,
  LANGUAGES,
  MEASURE_STATUS,
  MEASURE_TYPES,
  PARTNER_KINDS,
  PRIORITY_ADVICE,
  RISK_STATUS,
} from '../../../src/shared/model/vocab.ts';
import { defaultScales } from '../../../src/shared/scales/defaults.ts';

// ---- field values -------------------------------------------------------------------------

const str = (maxLength: number, minLength = 0) => fc.string({ unit: fc.oneof({ arbitrary: fc.constantFrom('a', 'e', ' ', 'ë', '’', '"', '<', '&', '\n', '😀', '中'), weight: 1 }, { arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), weight: 1 }), minLength, maxLength });
const label = str(30);
const title = str(30, 1);
const text = str(80);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const oneOf = <T extends readonly string[]>(values: T) => fc.constantFrom(...values);
const num = fc.double({ min: -5000, max: 5000, noNaN: true }).map((v) => (Object.is(v, -0) ? 0 : v));
const cbsCode = fc.oneof(
  fc.stringMatching(/^GM\d{4}$/),
  fc.stringMatching(/^WK\d{6}$/),
  fc.stringMatching(/^BU\d{8}$/),
);
/** A partial record: each field present or absent. */
const some = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) => fc.record(fields, { requiredKeys: [] });

// ---- commands -------------------------------------------------------------------------------

/** One step of building a document; `pick`/`to` choose targets among existing rows (modulo). */
export type Command = { op: string; pick: number; to: number } & Record<string, unknown>;

const cmd = <T extends Record<string, fc.Arbitrary<unknown>>>(op: string, fields: T, weight = 1) => ({
  weight,
  arbitrary: fc.record({ op: fc.constant(op), pick: fc.nat(), to: fc.nat(), ...fields }) as fc.Arbitrary<Command>,
});

const riskPatch = some({
  title,
  hazard: label,
  centralEvent: label,
  description: text,
  status: oneOf(RISK_STATUS),
  priorityAdvice: opt(oneOf(PRIORITY_ADVICE)),
  goals: fc.array(str(40), { maxLength: 3 }),
  evidence: text,
  resources: text,
  confidentiality: oneOf(CONFIDENTIALITY),
  code: str(6),
});
const measureFields = some({
  description: text,
  domain: opt(oneOf(DOMAINS)),
  chainLink: opt(oneOf(CHAIN_LINKS)),
  status: oneOf(MEASURE_STATUS),
  effectiveness: oneOf(EFFECTIVENESS),
  type: opt(oneOf(MEASURE_TYPES)),
  quickWin: fc.boolean(),
  plannedYear: opt(fc.integer({ min: 1900, max: 2200 })),
  budgetNote: text,
  confidentiality: oneOf(CONFIDENTIALITY),
});
const indicatorFields = some({ source: label, baseline: label, baselineYear: opt(fc.integer({ min: 1900, max: 2200 })), target: label, measureMoment: label });

/** Any command, weighted so that documents grow. */
export const arbCommand: fc.Arbitrary<Command> = fc.oneof(
  cmd('addRisk', { title, themed: fc.boolean(), areas: fc.nat({ max: 3 }) }, 6),
  cmd('updateRisk', { patch: riskPatch, themed: fc.boolean(), areas: fc.nat({ max: 3 }) }, 2),
  cmd('moveRisk', {}),
  cmd('duplicateRisk', {}),
  cmd('deleteRisk', {}),
  cmd('addCause', { label, domain: opt(oneOf(DOMAINS)), confidentiality: oneOf(CONFIDENTIALITY) }, 8),
  cmd('linkCause', {}, 2),
  cmd('updateCause', { patch: some({ label, description: text, domain: opt(oneOf(DOMAINS)) }) }),
  cmd('removeRiskCause', {}),
  cmd('detachCause', {}),
  cmd('moveLine', {}),
  cmd('addConsequence', { label, impactCategory: opt(oneOf(IMPACT_CATEGORIES)) }, 6),
  cmd('linkConsequence', {}, 2),
  cmd('updateConsequence', { patch: some({ label, description: text, impactCategory: opt(oneOf(IMPACT_CATEGORIES)) }) }),
  cmd('removeRiskConsequence', {}),
  cmd('addMeasure', { label, fields: measureFields, owned: fc.boolean() }, 10),
  cmd('placeMeasure', {}, 3),
  cmd('updateMeasure', { patch: measureFields, owned: fc.boolean() }, 2),
  cmd('removePlacement', { keep: fc.boolean() }),
  cmd('movePlacement', { otherPath: fc.boolean() }),
  cmd('deleteMeasure', {}),
  cmd('detachMeasure', {}),
  cmd('addEscalationFactor', { label, description: text }, 3),
  cmd('updateEscalationFactor', { patch: some({ label, description: text }) }),
  cmd('removeEscalationFactor', {}),
  cmd('moveEscalationFactor', {}),
  cmd('addPartner', { name: title, kind: oneOf(PARTNER_KINDS), domain: opt(oneOf(DOMAINS)), role: text }, 2),
  cmd('updatePartner', { patch: some({ name: title, kind: oneOf(PARTNER_KINDS), role: text }) }),
  cmd('deletePartner', {}),
  cmd('addArea', { name: title, kind: oneOf(AREA_KINDS), cbsCode: opt(cbsCode), nested: fc.boolean() }, 2),
  cmd('updateArea', { patch: some({ name: title, kind: oneOf(AREA_KINDS), cbsCode: opt(cbsCode) }), reparent: fc.boolean() }),
  cmd('deleteArea', {}),
  cmd('addTheme', { label: title, asField: fc.boolean() }),
  cmd('updateTheme', { patch: some({ label: title, code: str(10, 1) }), reparent: fc.boolean() }),
  cmd('moveTheme', {}),
  cmd('deleteTheme', {}),
  cmd('setScore', { value: fc.nat(), clear: fc.boolean(), session: fc.constantFrom('', '', 'werksessie 1') }, 4),
  cmd('setOverride', { dx: num, dy: num }, 2),
  cmd('resetLayout', {}),
  cmd('addIndicator', { indicator: label, fields: indicatorFields }, 2),
  cmd('updateIndicator', { patch: indicatorFields }),
  cmd('removeIndicator', {}),
  cmd('moveIndicator', {}),
  cmd('updateProject', { patch: some({ title, municipality: label, period: str(12), language: oneOf(LANGUAGES), confidentiality: oneOf(CONFIDENTIALITY), description: text }), letters: fc.boolean() }),
);

/** A list of commands. */
export function arbCommands(opts: { minLength?: number; maxLength?: number } = {}): fc.Arbitrary<Command[]> {
  // size 'max': lengths spread over the whole range, so documents get big enough to have links.
  return fc.array(arbCommand, { minLength: opts.minLength ?? 0, maxLength: opts.maxLength ?? 60, size: 'max' });
}

// ---- applying commands ------------------------------------------------------------------------

const ids = (doc: ProjectDoc, table: TableName) => Object.keys(doc[table]).sort();
function pickId(doc: ProjectDoc, table: TableName, n: number): string | null {
  const list = ids(doc, table);
  return list.length === 0 ? null : list[n % list.length]!;
}
function paths(doc: ProjectDoc): { pathKind: 'cause' | 'consequence' | 'escalation'; pathId: string }[] {
  return [
    ...ids(doc, 'riskCauses').map((pathId) => ({ pathKind: 'cause' as const, pathId })),
    ...ids(doc, 'riskConsequences').map((pathId) => ({ pathKind: 'consequence' as const, pathId })),
    ...ids(doc, 'escalationFactors').map((pathId) => ({ pathKind: 'escalation' as const, pathId })),
  ];
}
const at = <T>(list: readonly T[], n: number): T | null => (list.length === 0 ? null : list[n % list.length]!);

/**
 * Applies one command to `doc` through the operations. Commands whose targets do not exist are
 * skipped; a `CheckError` (an operation refusing bad input) is swallowed and reported as false.
 */
export function applyCommand(doc: ProjectDoc, c: Command): boolean {
  try {
    run(doc, c);
    return true;
  } catch (e) {
    if (e instanceof CheckError) return false;
    throw e;
  }
}

function run(doc: ProjectDoc, c: Command): void {
  const risk = pickId(doc, 'risks', c.pick);
  // Commands are heterogeneous records produced by `arbCommand` above; typing each one would
  // double this file for no safety (the operations validate their input anyway).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const p = c as any;
  const areaIds = (n: number) => ids(doc, 'areas').slice(c.to % 3, (c.to % 3) + n);
  const themeId = (on: boolean) => (on ? pickId(doc, 'themes', c.to) : null);
  switch (c.op) {
    case 'addRisk':
      ops.addRisk(doc, { title: p.title, themeId: themeId(p.themed), areaIds: areaIds(p.areas) });
      return;
    case 'updateRisk':
      if (risk) ops.updateRisk(doc, risk, { ...p.patch, themeId: themeId(p.themed), areaIds: areaIds(p.areas) });
      return;
    case 'moveRisk':
      if (risk) ops.moveRisk(doc, risk, c.to % 8);
      return;
    case 'duplicateRisk':
      if (risk) ops.duplicateRisk(doc, risk);
      return;
    case 'deleteRisk':
      if (risk) ops.deleteRisk(doc, risk);
      return;
    case 'addCause':
      if (risk) ops.addCause(doc, risk, { label: p.label, domain: p.domain, confidentiality: p.confidentiality, index: c.to % 4 });
      return;
    case 'linkCause': {
      const cause = pickId(doc, 'causes', c.to);
      if (risk && cause) ops.linkCause(doc, risk, cause);
      return;
    }
    case 'updateCause': {
      const cause = pickId(doc, 'causes', c.pick);
      if (cause) ops.updateCause(doc, cause, p.patch);
      return;
    }
    case 'removeRiskCause':
    case 'detachCause': {
      const line = pickId(doc, 'riskCauses', c.pick);
      if (line) (c.op === 'detachCause' ? ops.detachCause : ops.removeRiskCause)(doc, line);
      return;
    }
    case 'moveLine': {
      const line = at([...ids(doc, 'riskCauses'), ...ids(doc, 'riskConsequences')], c.pick);
      if (line) ops.moveLine(doc, line, c.to % 5);
      return;
    }
    case 'addConsequence':
      if (risk) ops.addConsequence(doc, risk, { label: p.label, impactCategory: p.impactCategory });
      return;
    case 'linkConsequence': {
      const cq = pickId(doc, 'consequences', c.to);
      if (risk && cq) ops.linkConsequence(doc, risk, cq, c.pick % 3);
      return;
    }
    case 'updateConsequence': {
      const cq = pickId(doc, 'consequences', c.pick);
      if (cq) ops.updateConsequence(doc, cq, p.patch);
      return;
    }
    case 'removeRiskConsequence': {
      const line = pickId(doc, 'riskConsequences', c.pick);
      if (line) ops.removeRiskConsequence(doc, line);
      return;
    }
    case 'addMeasure': {
      const path = at(paths(doc), c.pick);
      const ownerId = p.owned ? pickId(doc, 'partners', c.to) : null;
      if (path) ops.addMeasure(doc, { ...p.fields, label: p.label, ownerId, ...path, index: c.to % 3 });
      return;
    }
    case 'placeMeasure': {
      const path = at(paths(doc), c.pick);
      const m = pickId(doc, 'measures', c.to);
      if (path && m) ops.placeMeasure(doc, m, path, c.to % 2);
      return;
    }
    case 'updateMeasure': {
      const m = pickId(doc, 'measures', c.pick);
      if (m) ops.updateMeasure(doc, m, { ...p.patch, ...(p.owned ? { ownerId: pickId(doc, 'partners', c.to) } : {}) });
      return;
    }
    case 'removePlacement':
    case 'detachMeasure':
    case 'movePlacement': {
      const pl = pickId(doc, 'placements', c.pick);
      if (!pl) return;
      if (c.op === 'removePlacement') ops.removePlacement(doc, pl, { keepMeasure: p.keep });
      else if (c.op === 'detachMeasure') ops.detachMeasure(doc, pl);
      else ops.movePlacement(doc, pl, c.to % 4, p.otherPath ? (at(paths(doc), c.to) ?? undefined) : undefined);
      return;
    }
    case 'deleteMeasure': {
      const m = pickId(doc, 'measures', c.pick);
      if (m) ops.deleteMeasure(doc, m);
      return;
    }
    case 'addEscalationFactor': {
      const pl = pickId(doc, 'placements', c.pick);
      if (pl) ops.addEscalationFactor(doc, pl, { label: p.label, description: p.description });
      return;
    }
    case 'updateEscalationFactor':
    case 'removeEscalationFactor':
    case 'moveEscalationFactor': {
      const e = pickId(doc, 'escalationFactors', c.pick);
      if (!e) return;
      if (c.op === 'updateEscalationFactor') ops.updateEscalationFactor(doc, e, p.patch);
      else if (c.op === 'removeEscalationFactor') ops.removeEscalationFactor(doc, e);
      else ops.moveEscalationFactor(doc, e, c.to % 3);
      return;
    }
    case 'addPartner':
      ops.addPartner(doc, { name: p.name, kind: p.kind, domain: p.domain, role: p.role });
      return;
    case 'updatePartner':
    case 'deletePartner': {
      const id = pickId(doc, 'partners', c.pick);
      if (id && c.op === 'deletePartner') ops.deletePartner(doc, id);
      else if (id) ops.updatePartner(doc, id, p.patch);
      return;
    }
    case 'addArea':
      ops.addArea(doc, { name: p.name, kind: p.kind, cbsCode: p.cbsCode, parentId: p.nested ? pickId(doc, 'areas', c.to) : null });
      return;
    case 'updateArea':
    case 'deleteArea': {
      const id = pickId(doc, 'areas', c.pick);
      if (!id) return;
      if (c.op === 'deleteArea') ops.deleteArea(doc, id);
      else ops.updateArea(doc, id, { ...p.patch, ...(p.reparent ? { parentId: pickId(doc, 'areas', c.to) } : {}) });
      return;
    }
    case 'addTheme': {
      const fields = Object.values(doc.themes).filter((t) => t.parentId === null).map((t) => t.id).sort();
      ops.addTheme(doc, { label: p.label, parentId: p.asField ? null : at(fields, c.to) });
      return;
    }
    case 'updateTheme':
    case 'moveTheme':
    case 'deleteTheme': {
      const id = pickId(doc, 'themes', c.pick);
      if (!id) return;
      if (c.op === 'deleteTheme') ops.deleteTheme(doc, id);
      else if (c.op === 'moveTheme') ops.moveTheme(doc, id, c.to % 6);
      else ops.updateTheme(doc, id, { ...p.patch, ...(p.reparent ? { parentId: pickId(doc, 'themes', c.to) } : {}) });
      return;
    }
    case 'setScore': {
      if (!risk) return;
      const s = doc.project.scales;
      const criteria = ['likelihood', 'impact', 'residual.likelihood', 'residual.impact', ...s.impactDimensions.map((d) => `impact.${d.id}`), ...s.criteria.map((x) => x.id)];
      const criterion = at(criteria, c.to)!;
      const values = allowedValues(s, criterion)!;
      ops.setScore(doc, risk, criterion, p.clear ? null : at(values, p.value), p.session);
      return;
    }
    case 'setOverride':
      if (risk) ops.setOverride(doc, risk, at(['event', 'hazard', ...ids(doc, 'riskCauses').map((id) => `cause:${id}`), ...ids(doc, 'placements').map((id) => `measure:${id}`)], c.to)!, { dx: p.dx, dy: p.dy });
      return;
    case 'resetLayout':
      if (risk) ops.resetLayout(doc, risk);
      return;
    case 'addIndicator':
      if (risk) ops.addIndicator(doc, risk, { ...p.fields, indicator: p.indicator });
      return;
    case 'updateIndicator':
    case 'removeIndicator':
    case 'moveIndicator': {
      const ind = risk ? at(doc.risks[risk]!.indicators.map((i) => i.id), c.to) : null;
      if (!risk || !ind) return;
      if (c.op === 'updateIndicator') ops.updateIndicator(doc, risk, ind, p.patch);
      else if (c.op === 'removeIndicator') ops.removeIndicator(doc, risk, ind);
      else ops.moveIndicator(doc, risk, ind, c.pick % 3);
      return;
    }
    case 'updateProject':
      ops.updateProject(doc, { ...p.patch, ...(p.letters ? { scales: defaultScales('letters') } : {}) });
      return;
    default:
      throw new Error(`unknown command ${c.op}`);
  }
}

/** A new project (default taxonomy, scales and partners) with deterministic ids. */
export function baseDoc(seed: number): ProjectDoc {
  return withIdentity(sequentialIdentity(seed), () => newProjectDoc({ title: 'Testproject', municipality: 'Gemeente Test' }));
}

/** Builds a document from a seed and commands, deterministically. */
export function buildDoc(seed: number, commands: readonly Command[]): ProjectDoc {
  return withIdentity(sequentialIdentity(seed), () => {
    const doc = newProjectDoc({ title: 'Testproject', municipality: 'Gemeente Test' });
    for (const c of commands) applyCommand(doc, c);
    return doc;
  });
}

/** Any valid project document. */
export function arbDoc(opts: { maxCommands?: number } = {}): fc.Arbitrary<ProjectDoc> {
  return fc.tuple(fc.nat(), arbCommands({ maxLength: opts.maxCommands ?? 60 })).map(([seed, commands]) => buildDoc(seed, commands));
}
