import { describe, expect, it } from 'vitest';
import { CheckError } from '../../../../src/shared/model/check.ts';
import { validateDoc } from '../../../../src/shared/model/integrity.ts';
import * as ops from '../../../../src/shared/model/ops/index.ts';
import { baseDoc } from '../arbitraries.ts';

function withRisk() {
  const doc = baseDoc(1);
  const riskId = ops.addRisk(doc, { title: 'Woninginbraak' });
  return { doc, riskId };
}

const s11 = (riskId: string, reason = 'Scoren we in de werksessie') => ({ key: `S11::${riskId}`, ruleId: 'S11', target: { table: 'risks', id: riskId }, by: 'Anna de Vries', reason });

describe('dismissFinding / restoreFinding', () => {
  it('keeps who, when and why with the risk, and the document stays valid', () => {
    const { doc, riskId } = withRisk();
    ops.dismissFinding(doc, riskId, s11(riskId, '  Scoren we in de werksessie  '));
    const [d] = doc.risks[riskId]!.dismissedFindings;
    expect(d).toMatchObject({ key: `S11::${riskId}`, ruleId: 'S11', by: 'Anna de Vries', reason: 'Scoren we in de werksessie' });
    expect(d!.at).toBe(doc.risks[riskId]!.updatedAt);
    expect(validateDoc(doc)).toEqual([]);
  });

  it('dismissing the same finding again replaces the reason instead of adding a second entry', () => {
    const { doc, riskId } = withRisk();
    ops.dismissFinding(doc, riskId, s11(riskId, 'eerst'));
    ops.dismissFinding(doc, riskId, s11(riskId, 'daarna'));
    expect(doc.risks[riskId]!.dismissedFindings.map((d) => d.reason)).toEqual(['daarna']);
  });

  it('restoring brings one finding back and leaves the others dismissed', () => {
    const { doc, riskId } = withRisk();
    ops.dismissFinding(doc, riskId, s11(riskId));
    ops.dismissFinding(doc, riskId, { ...s11(riskId), key: `S1:hazard:${riskId}`, ruleId: 'S1' });
    ops.restoreFinding(doc, riskId, `S11::${riskId}`);
    expect(doc.risks[riskId]!.dismissedFindings.map((d) => d.ruleId)).toEqual(['S1']);
    const before = structuredClone(doc);
    ops.restoreFinding(doc, riskId, 'S5::niet-genegeerd');
    expect(doc).toEqual(before);
  });

  it('refuses an unknown risk or a reason that is too long, leaving the document unchanged', () => {
    const { doc, riskId } = withRisk();
    const before = structuredClone(doc);
    expect(() => ops.dismissFinding(doc, '00000000-0000-4000-8000-000000000000', s11(riskId))).toThrow(CheckError);
    expect(() => ops.dismissFinding(doc, riskId, s11(riskId, 'x'.repeat(2001)))).toThrow(/bevinding.reason: is te lang/);
    expect(doc).toEqual(before);
  });
});
