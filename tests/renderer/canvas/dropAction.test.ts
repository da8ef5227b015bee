import { describe, expect, it } from 'vitest';
import { dropAction } from '../../../src/renderer/canvas/dropAction.ts';
import { layoutBowtie } from '../../../src/shared/layout/bowtieLayout.ts';
import { sample } from '../sampleDoc.ts';

describe('dropping a dragged node', () => {
  const s = sample();
  const layout = layoutBowtie(s.doc, s.riskId);
  const node = (key: string) => layout.nodes.find((n) => n.key === key)!;

  it('reorders a cause dropped past the middle of the next row', () => {
    const a = node(`cause:${s.causes[0]}`);
    const b = node(`cause:${s.causes[1]}`);
    expect(dropAction(s.doc, layout, a.key, { x: a.x, y: b.y + b.height })).toEqual({ kind: 'reorder', index: 1 });
  });

  it('nudges a cause moved a little', () => {
    const a = node(`cause:${s.causes[0]}`);
    expect(dropAction(s.doc, layout, a.key, { x: a.x - 10, y: a.y + 6 })).toEqual({ kind: 'nudge', dx: -10, dy: 6 });
    expect(dropAction(s.doc, layout, a.key, { x: a.x + 1, y: a.y })).toEqual({ kind: 'none' });
  });

  it('moves a measure along its path or onto another cause path', () => {
    const m0 = node(`measure:${s.placements[0]}`);
    const m1 = node(`measure:${s.placements[1]}`);
    expect(dropAction(s.doc, layout, m0.key, { x: m1.x + m1.width / 2 + 5, y: m0.y })).toEqual({ kind: 'reorder', index: 1 });
    const b = node(`cause:${s.causes[1]}`);
    const onB = dropAction(s.doc, layout, m1.key, { x: m1.x, y: b.y + b.height / 2 - m1.height / 2 });
    expect(onB).toMatchObject({ kind: 'movePath', pathKind: 'cause', pathId: s.causes[1] });
    // just above the box of the next row's cause, in the room its row has: still that row
    const nearB = dropAction(s.doc, layout, m1.key, { x: m1.x, y: b.y - 12 - m1.height / 2 });
    expect(nearB).toMatchObject({ kind: 'movePath', pathId: s.causes[1] });
  });

  it('never moves the central event', () => {
    expect(dropAction(s.doc, layout, 'event', { x: 0, y: 0 })).toEqual({ kind: 'none' });
  });
});
