import { describe, expect, it } from 'vitest';
import { toFlowEdges, toFlowNodes, usageCounts } from '../../../src/renderer/canvas/flowMapping.ts';
import { layoutBowtie } from '../../../src/shared/layout/bowtieLayout.ts';
import { addRisk, placeMeasure, updateMeasure } from '../../../src/shared/model/ops/index.ts';
import { addCause } from '../../../src/shared/model/ops/causes.ts';
import { sample } from '../sampleDoc.ts';

describe('layout → React Flow', () => {
  it('gives every layout node a flow node of its own kind, at the layout position and size', () => {
    const s = sample();
    const layout = layoutBowtie(s.doc, s.riskId);
    const nodes = toFlowNodes(s.doc, layout);
    expect(nodes.map((n) => n.id)).toEqual(layout.nodes.map((n) => n.key));
    for (const [i, n] of nodes.entries()) {
      const l = layout.nodes[i]!;
      expect(n.type).toBe(l.kind);
      expect(n.position).toEqual({ x: l.x, y: l.y });
      expect([n.width, n.height]).toEqual([Math.round(l.width), Math.round(l.height)]);
    }
    expect(nodes.find((n) => n.id === 'event')!.draggable).toBe(false);
  });

  it('carries the measure encoding and how many risks share it', () => {
    const s = sample();
    const other = addRisk(s.doc, { title: 'Ander risico' });
    const line = addCause(s.doc, other, { label: 'Z' });
    const measureId = s.doc.placements[s.placements[0]!]!.measureId;
    placeMeasure(s.doc, measureId, { pathKind: 'cause', pathId: line });
    updateMeasure(s.doc, measureId, { effectiveness: 'weak', status: 'missing' });
    const nodes = toFlowNodes(s.doc, layoutBowtie(s.doc, s.riskId), { usage: usageCounts(s.doc) });
    const shared = nodes.find((n) => n.id === `measure:${s.placements[0]}`)!;
    expect(shared.data).toMatchObject({ effectiveness: 'weak', status: 'missing', usage: 2, label: 'A1' });
    expect(nodes.find((n) => n.id === `measure:${s.placements[1]}`)!.data.usage).toBe(1);
  });

  it('joins edges to handles on the facing sides, and up into a weakened measure', () => {
    const s = sample();
    const layout = layoutBowtie(s.doc, s.riskId);
    const edges = toFlowEdges(layout);
    expect(edges).toHaveLength(layout.edges.length);
    const hazard = edges.find((e) => e.source === 'hazard')!;
    expect([hazard.sourceHandle, hazard.targetHandle]).toEqual(['s-bottom', 't-top']);
    const path = edges.find((e) => e.source === `cause:${s.causes[0]}`)!;
    expect([path.sourceHandle, path.targetHandle]).toEqual(['s-right', 't-left']);
    const intoAnchor = edges.find((e) => e.target === `measure:${s.placements[0]}` && e.source === `measure:${s.factorMeasure}`)!;
    expect(intoAnchor.targetHandle).toBe('t-bottom');
  });

  it('dims everything outside the focused path', () => {
    const s = sample();
    const layout = layoutBowtie(s.doc, s.riskId);
    const focus = new Set(['event', 'hazard', `cause:${s.causes[1]}`, `measure:${s.placements[2]}`]);
    const nodes = toFlowNodes(s.doc, layout, { focus });
    expect(nodes.filter((n) => !n.data.dimmed).map((n) => n.id).sort()).toEqual([...focus].sort());
    const edges = toFlowEdges(layout, { focus });
    expect(edges.filter((e) => !e.className!.includes('is-dimmed')).length).toBe(3);
  });
});

describe('re-rendering after an edit', () => {
  it('keeps the node objects an edit did not change', async () => {
    const { reuseUnchanged } = await import('../../../src/renderer/canvas/flowMapping.ts');
    const s = sample();
    const before = toFlowNodes(s.doc, layoutBowtie(s.doc, s.riskId));
    updateMeasure(s.doc, s.doc.placements[s.placements[3]!]!.measureId, { effectiveness: 'good' });
    const after = reuseUnchanged(before, toFlowNodes(s.doc, layoutBowtie(s.doc, s.riskId)));
    const changed = after.filter((n, i) => n !== before[i]).map((n) => n.id);
    expect(changed).toEqual([`measure:${s.placements[3]}`]);
  });

  it("after a rename that makes a box taller, keeps every node object but the renamed box's, and every edge", async () => {
    const { reuseUnchanged, reuseUnchangedEdges } = await import('../../../src/renderer/canvas/flowMapping.ts');
    const { currentLabel, linesOf, longerBy, rename } = await import('../../shared/layout/rename.ts');
    const s = sample();
    const layout = layoutBowtie(s.doc, s.riskId);
    const before = { nodes: toFlowNodes(s.doc, layout), edges: toFlowEdges(layout) };
    const key = `measure:${s.placements[1]}`;
    const node = layout.nodes.find((n) => n.key === key)!;
    const label = currentLabel(s.doc, s.riskId, key);
    // to three lines at least: a box is never lower than two
    rename(s.doc, s.riskId, key, longerBy(node, label, Math.max(1, 3 - linesOf(node, label)))!);
    const next = layoutBowtie(s.doc, s.riskId);
    const nodes = reuseUnchanged(before.nodes, toFlowNodes(s.doc, next));
    const edges = reuseUnchangedEdges(before.edges, toFlowEdges(next));
    expect(nodes.filter((n, i) => n !== before.nodes[i]).map((n) => n.id)).toEqual([key]);
    // The box grew about its centre line, so its paths join it where they did: no edge changes,
    // and the edge list itself is kept (React Flow then does no edge work at all).
    expect(edges).toBe(before.edges);
    // Wider columns move every box: every edge is new.
    const again = reuseUnchangedEdges(edges, toFlowEdges(layoutBowtie(s.doc, s.riskId, { gapX: 40 })));
    expect(again.filter((e, i) => e === edges[i])).toEqual([]);
  });

  it('gives React Flow the handle points, so edges join box sides without measuring', async () => {
    const { handlePoint } = await import('../../../src/renderer/canvas/flowMapping.ts');
    const s = sample();
    const node = toFlowNodes(s.doc, layoutBowtie(s.doc, s.riskId)).find((n) => n.id === `cause:${s.causes[0]}`)!;
    const right = node.handles!.find((h) => h.id === 's-right')!;
    // React Flow's edge point for a right handle: x + width, y + height / 2.
    expect(right.x + right.width!).toBe(node.width);
    expect(right.y + right.height! / 2).toBe(node.height! / 2);
    expect(handlePoint('t-top', 100, 40)).toEqual({ x: 50, y: 0 });
  });
});
