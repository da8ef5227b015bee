/** validateDoc / validateChanges on hand-made damage: each rule reports the right row and field. */
import { describe, expect, it } from 'vitest';
import { applyChanges, type Change, type ProjectDoc } from '../../../src/shared/model/doc.ts';
import { describeProblem, validateChanges, validateDoc } from '../../../src/shared/model/integrity.ts';
import * as ops from '../../../src/shared/model/ops/index.ts';
import { twoRisks } from './fixtures.ts';

const MISSING = '11111111-1111-4111-8111-111111111111';

function put<T extends keyof ProjectDoc & string>(doc: ProjectDoc, table: Exclude<T, 'project'>, id: string, patch: Record<string, unknown>): { after: ProjectDoc; change: Change } {
  const value = { ...(doc[table][id] as object), ...patch } as { id: string };
  const change: Change = { op: 'put', table, value };
  return { after: applyChanges(doc, [change]), change };
}

/** Both checks agree and report exactly these (table, field, reason-fragment) problems. */
function expectProblems(after: ProjectDoc, changes: Change[], expected: [string, string, string, RegExp][]) {
  for (const problems of [validateDoc(after), validateChanges(after, changes)]) {
    expect(problems.map((p) => [p.table, p.id, p.field])).toEqual(expected.map(([t, id, f]) => [t, id, f]));
    problems.forEach((p, i) => expect(p.reason).toMatch(expected[i]![3]));
  }
}

describe('integrity', () => {
  it('a fixture built by the operations is valid', () => {
    expect(validateDoc(twoRisks().doc)).toEqual([]);
  });

  it('placement on a path of another risk', () => {
    const f = twoRisks();
    const { after, change } = put(f.doc, 'placements', f.youthWork, { pathId: f.homeInViolence });
    expectProblems(after, [change], [['placements', f.youthWork, 'pathId', /ander risico/]]);
  });

  it('placement whose path kind does not match the table of its path', () => {
    const f = twoRisks();
    const { after, change } = put(f.doc, 'placements', f.youthWork, { pathKind: 'consequence' });
    expectProblems(after, [change], [['placements', f.youthWork, 'pathId', /onbekend gevolg van een risico/]]);
  });

  it('deleting a line leaves its placements dangling', () => {
    const f = twoRisks();
    const change: Change = { op: 'delete', table: 'riskCauses', id: f.boredom };
    expectProblems(applyChanges(f.doc, [change]), [change], [['placements', f.youthWork, 'pathId', /onbekende oorzaak van een risico/]]);
  });

  it('moving a placement to another risk breaks the measure against its escalation factor (two hops)', () => {
    const f = twoRisks();
    const { after, change } = put(f.doc, 'placements', f.youthWork, { riskId: f.violence, pathId: f.homeInViolence });
    expectProblems(after, [change], [['placements', f.factorMeasure, 'pathId', /ander risico/]]);
  });

  it('escalation factor below a measure against an escalation factor', () => {
    const f = twoRisks();
    const { after, change } = put(f.doc, 'escalationFactors', f.factor, { placementId: f.factorMeasure });
    // the factor now hangs below its own measure: both the nesting and the loop are reported
    const problems = validateDoc(after);
    expect(problems.some((p) => p.table === 'escalationFactors' && /alleen onder een maatregel/.test(p.reason))).toBe(true);
    expect(validateChanges(after, [change]).map(describeProblem).sort()).toEqual(problems.map(describeProblem).sort());
  });

  it('theme below a theme, and a risk with an unknown theme', () => {
    const f = twoRisks();
    const themes = Object.values(f.doc.themes);
    const theme = themes.find((t) => t.code === 'VWL-1.1')!;
    const other = themes.find((t) => t.code === 'VWL-1.2')!;
    const { after, change } = put(f.doc, 'themes', other.id, { parentId: theme.id });
    expectProblems(after, [change], [['themes', other.id, 'parentId', /onder een veiligheidsveld/]]);
    const r = put(f.doc, 'risks', f.youth, { themeId: MISSING });
    expectProblems(r.after, [r.change], [['risks', f.youth, 'themeId', /onbekend thema/]]);
  });

  it('area cycles and unknown or repeated areas of a risk', () => {
    const f = twoRisks();
    const a = ops.addArea(f.doc, { name: 'A', kind: 'district' });
    const b = ops.addArea(f.doc, { name: 'B', kind: 'neighbourhood', parentId: a });
    const { after, change } = put(f.doc, 'areas', a, { parentId: b });
    expect(validateDoc(after).map((p) => p.reason)).toEqual(['de gebieden vormen een kring (een gebied ligt in zichzelf)']);
    expect(validateChanges(after, [change]).map((p) => p.reason)).toEqual(['de gebieden vormen een kring (een gebied ligt in zichzelf)']);
    const r = put(f.doc, 'risks', f.youth, { areaIds: [a, a, MISSING] });
    expectProblems(r.after, [r.change], [
      ['risks', f.youth, 'areaIds', /twee keer/],
      ['risks', f.youth, 'areaIds', /onbekend gebied/],
    ]);
  });

  it('deleting a partner, a cause concept or a risk that is still referred to', () => {
    const f = twoRisks();
    const del = (table: 'partners' | 'causes' | 'risks', id: string): Change => ({ op: 'delete', table, id });
    const c1 = del('partners', f.partner);
    expectProblems(applyChanges(f.doc, [c1]), [c1], [['measures', f.teamsMeasure, 'ownerId', /onbekende partner/]]);
    const c2 = del('causes', f.homeCause);
    expectProblems(applyChanges(f.doc, [c2]), [c2], [
      ['riskCauses', f.homeInYouth, 'causeId', /onbekende oorzaak$/],
      ['riskCauses', f.homeInViolence, 'causeId', /onbekende oorzaak$/],
    ]);
    const c3 = del('risks', f.violence);
    const problems = validateChanges(applyChanges(f.doc, [c3]), [c3]);
    expect(new Set(problems.map((p) => p.table))).toEqual(new Set(['riskCauses', 'placements']));
  });

  it('duplicate scores and overrides, and a row stored under another key', () => {
    const f = twoRisks();
    ops.setScore(f.doc, f.youth, 'likelihood', 3);
    const score = Object.values(f.doc.scores)[0]!;
    const copy = { ...score, id: MISSING };
    const change: Change = { op: 'put', table: 'scores', value: copy };
    const after = applyChanges(f.doc, [change]);
    const dup = [score.id, MISSING].sort()[1]!;
    expectProblems(after, [change], [['scores', dup, 'criterion', /al een score/]]);
    const wrongKey = { ...f.doc, risks: { ...f.doc.risks, [MISSING]: f.doc.risks[f.youth]! } };
    expect(validateDoc(wrongKey).filter((p) => p.field === 'id').map((p) => p.id)).toEqual([MISSING]);
  });

  it('describeProblem names the row and field in Dutch', () => {
    expect(describeProblem({ table: 'placements', id: 'abc', field: 'pathId', reason: 'ligt op een pad van een ander risico' })).toBe('plaatsing van een maatregel abc, veld pathId: ligt op een pad van een ander risico');
  });
});
