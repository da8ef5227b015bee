import { describe, expect, it } from 'vitest';
import { neighbour, step, type LastMove } from '../../../src/renderer/canvas/navigation.ts';
import { layoutBowtie } from '../../../src/shared/layout/bowtieLayout.ts';
import { sample } from '../sampleDoc.ts';

describe('arrow keys move along the bow-tie', () => {
  const s = sample();
  const layout = layoutBowtie(s.doc, s.riskId);
  const go = (from: string | null, ...dirs: ('left' | 'right' | 'up' | 'down')[]) => dirs.reduce<string | null>((k, d) => (k === null ? null : neighbour(layout.nodes, layout.edges, k, d)), from);
  const A = `cause:${s.causes[0]}`;
  const B = `cause:${s.causes[1]}`;
  const X = `consequence:${s.consequences[0]}`;
  const Y = `consequence:${s.consequences[1]}`;
  const m = (i: number) => `measure:${s.placements[i]}`;

  it('starts at the central event when nothing is selected', () => {
    expect(neighbour(layout.nodes, layout.edges, null, 'left')).toBe('event');
  });

  it('walks a cause path left to right into the event and on to a consequence', () => {
    expect(go(A, 'right')).toBe(m(0));
    expect(go(A, 'right', 'right')).toBe(m(1));
    expect(go(A, 'right', 'right', 'right')).toBe('event');
    expect(go(X, 'left')).toBe(m(3));
    expect(go(X, 'left', 'left')).toBe('event');
    expect(go(X, 'right')).toBeNull();
  });

  it('moves between rows with up and down, keeping the column', () => {
    expect(go(A, 'down', 'down')).toBe(B);
    expect(go(B, 'up', 'up')).toBe(A);
    expect(go(X, 'down')).toBe(Y);
    expect(go(Y, 'up')).toBe(X);
    expect(go('event', 'up')).toBe('hazard');
    expect(go('hazard', 'down')).toBe('event');
  });

  it('reaches the escalation lane below a measure, and the opposite arrow goes straight back', () => {
    const below = go(m(0), 'down')!;
    expect([`esc:${s.factor}`, `measure:${s.factorMeasure}`]).toContain(below);
    const last: LastMove = { from: m(0), to: below, dir: 'down' };
    expect(step(layout.nodes, layout.edges, below, 'up', last)).toBe(m(0));
    expect(step(layout.nodes, layout.edges, below, 'down', last)).toBe(go(below, 'down'));
  });

  it('goes up from an escalation factor to the measure it weakens, not to a box beside it', () => {
    // The lane runs factor → measure against it → the measure it weakens (m(0)), below m(0)'s row.
    expect(go(`esc:${s.factor}`, 'up')).toBe(m(0));
    // However far the lane is shifted under its row, that measure wins over a nearer column.
    const shifted = layout.nodes.map((n) => (n.key === `esc:${s.factor}` ? { ...n, x: n.x - 400 } : n));
    expect(neighbour(shifted, layout.edges, `esc:${s.factor}`, 'up')).toBe(m(0));
    // Down from it there is nothing of its own: the next row, as from any box.
    expect(go(`esc:${s.factor}`, 'down')).not.toBe(m(0));
  });

  it('follows the escalation lane into the measure it weakens', () => {
    expect(go(`esc:${s.factor}`, 'right')).toBe(`measure:${s.factorMeasure}`);
    expect(go(`esc:${s.factor}`, 'right', 'right')).toBe(m(0));
  });
});
