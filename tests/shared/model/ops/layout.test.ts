import { describe, expect, it } from 'vitest';
import * as ops from '../../../../src/shared/model/ops/index.ts';
import { twoRisks } from '../fixtures.ts';

describe('layout overrides', () => {
  it('keeps one nudge per node, and reset removes them for one risk only', () => {
    const f = twoRisks();
    ops.setOverride(f.doc, f.youth, 'event', { dx: 10, dy: 0 });
    ops.setOverride(f.doc, f.youth, 'event', { dx: 20, dy: -5 });
    ops.setOverride(f.doc, f.youth, `cause:${f.boredom}`, { dx: 1, dy: 2 });
    ops.setOverride(f.doc, f.violence, 'event', { dx: 3, dy: 3 });
    const youth = Object.values(f.doc.layoutOverrides).filter((o) => o.riskId === f.youth);
    expect(youth.map((o) => [o.nodeKey, o.dx, o.dy]).sort()).toEqual([[`cause:${f.boredom}`, 1, 2], ['event', 20, -5]]);
    ops.removeOverride(f.doc, f.youth, 'event');
    ops.resetLayout(f.doc, f.youth);
    expect(Object.values(f.doc.layoutOverrides).map((o) => o.riskId)).toEqual([f.violence]);
    expect(() => ops.setOverride(f.doc, f.youth, '', { dx: 0, dy: 0 })).toThrow(/nodeKey/);
    expect(() => ops.setOverride(f.doc, f.youth, 'event', { dx: Number.NaN, dy: 0 })).toThrow(/dx/);
  });
});
