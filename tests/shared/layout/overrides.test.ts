import { describe, expect, it } from 'vitest';
import { layoutBowtie } from '../../../src/shared/layout/bowtieLayout.ts';
import { overrideFromDrag } from '../../../src/shared/layout/overrides.ts';
import { builder } from './build.ts';
import { byKey } from './geometry.ts';

function doc() {
  const b = builder();
  const risk = b.risk();
  const c = b.cause(risk, 'Oorzaak');
  const m = b.measure(risk, 'cause', c, 'Maatregel');
  return { b, risk, c, m };
}

describe('layout overrides', () => {
  it('moves only the overridden node, by its offset times the scale', () => {
    const { b, risk, c, m } = doc();
    const before = byKey(layoutBowtie(b.doc, risk, { scale: 2 }));
    b.override(risk, `measure:${m}`, 30, -10);
    const after = byKey(layoutBowtie(b.doc, risk, { scale: 2 }));
    expect(after.get(`measure:${m}`)!.x).toBe(before.get(`measure:${m}`)!.x + 60);
    expect(after.get(`measure:${m}`)!.y).toBe(before.get(`measure:${m}`)!.y - 20);
    expect(after.get(`cause:${c}`)).toEqual(before.get(`cause:${c}`));
    const unmoved = byKey(layoutBowtie(b.doc, risk, { scale: 2, applyOverrides: false }));
    expect(unmoved.get(`measure:${m}`)).toEqual(before.get(`measure:${m}`));
  });

  it('ignores overrides of other risks and of nodes that no longer exist', () => {
    const { b, risk } = doc();
    const before = layoutBowtie(b.doc, risk);
    b.override(b.risk(), 'event', 50, 50);
    b.override(risk, 'measure:gone', 50, 50);
    expect(layoutBowtie(b.doc, risk)).toEqual(before);
  });

  it('computes the override from a dragged position, and none for a drop back in place', () => {
    const { b, risk, m } = doc();
    b.override(risk, `measure:${m}`, 10, 10);
    const node = byKey(layoutBowtie(b.doc, risk, { scale: 1.5 })).get(`measure:${m}`)!;
    const auto = { x: node.x - node.dx, y: node.y - node.dy };
    expect(overrideFromDrag(node, { x: auto.x + 45, y: auto.y - 15 }, 1.5)).toEqual({ dx: 30, dy: -10 });
    expect(overrideFromDrag(node, { x: auto.x + 1, y: auto.y }, 1.5)).toBeNull();
    // a drag applied and laid out again lands where it was dropped
    const o = overrideFromDrag(node, { x: auto.x + 90, y: auto.y + 30 }, 1.5)!;
    Object.values(b.doc.layoutOverrides)[0]!.dx = o.dx;
    Object.values(b.doc.layoutOverrides)[0]!.dy = o.dy;
    const moved = byKey(layoutBowtie(b.doc, risk, { scale: 1.5 })).get(`measure:${m}`)!;
    expect(moved.x).toBeCloseTo(auto.x + 90);
    expect(moved.y).toBeCloseTo(auto.y + 30);
  });
});
