import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutBowtie } from '../../../src/shared/layout/bowtieLayout.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import type { LayoutNode } from '../../../src/shared/layout/types.ts';
import { bowtieSpecArb, buildSpec, labelArb } from './arb.ts';
import { overlappingPairs, rowOf } from './geometry.ts';
import { currentLabel, longerBy, movedKeys, rename } from './rename.ts';
import { bowtieOfSize } from '../../../bench/fixtures/bowtieOfSize.ts';

const runs = { numRuns: 150 };

/** A displacement as a string, insensitive to float noise. */
const move = (a: LayoutNode, b: LayoutNode): string => [b.x - a.x, b.y - a.y].map((v) => Math.round(v * 1000) / 1000 + 0).join(',');

/** Displacement of each node present in both layouts, grouped by the row it belongs to. */
function movesByRow(doc: ProjectDoc, before: LayoutNode[], after: LayoutNode[]): Map<string, Set<string>> {
  const a = new Map(after.map((n) => [n.key, n]));
  const rows = new Map<string, Set<string>>();
  for (const n of before) {
    const m = a.get(n.key);
    const row = rowOf(doc, n.key);
    if (!m || row === null) continue;
    if (!rows.has(row)) rows.set(row, new Set());
    rows.get(row)!.add(move(n, m));
  }
  return rows;
}

/** Row ids of one side, top to bottom, by the y of their line node. */
function rowOrder(nodes: LayoutNode[], kind: 'cause' | 'consequence'): string[] {
  return nodes.filter((n) => n.kind === kind).sort((p, q) => p.y - q.y).map((n) => n.refId);
}

describe('layoutBowtie properties', () => {
  it('never lets two boxes overlap', () => {
    fc.assert(
      fc.property(bowtieSpecArb, fc.constantFrom(1, 1.5), (spec, scale) => {
        const { doc, riskId } = buildSpec(spec);
        expect(overlappingPairs(layoutBowtie(doc, riskId, { scale }))).toEqual([]);
      }),
      runs,
    );
  });

  it('shows every element of the bow-tie exactly once, and every edge joins two of its nodes', () => {
    fc.assert(
      fc.property(bowtieSpecArb, (spec) => {
        const { doc, riskId } = buildSpec(spec);
        const layout = layoutBowtie(doc, riskId);
        const keys = new Set(layout.nodes.map((n) => n.key));
        expect(keys.size).toBe(layout.nodes.length);
        const placements = Object.values(doc.placements).filter((p) => p.riskId === riskId).length;
        const factors = Object.keys(doc.escalationFactors).length;
        expect(layout.nodes.length).toBe(2 + spec.causes.length + spec.consequences.length + placements + factors);
        const edgeKeys = new Set(layout.edges.map((e) => e.key));
        expect(edgeKeys.size).toBe(layout.edges.length);
        for (const e of layout.edges) {
          expect(keys.has(e.source)).toBe(true);
          expect(keys.has(e.target)).toBe(true);
        }
        // paths, escalation chains and the hazard link form a tree
        expect(layout.edges.length).toBe(layout.nodes.length - 1);
      }),
      runs,
    );
  });

  it('is deterministic, whatever the order the tables were filled in', () => {
    fc.assert(
      fc.property(bowtieSpecArb, fc.integer(), (spec, seed) => {
        const { doc, riskId } = buildSpec(spec);
        const shuffled: ProjectDoc = { ...doc };
        for (const table of ['riskCauses', 'riskConsequences', 'placements', 'escalationFactors'] as const) {
          const rows = Object.entries(doc[table]);
          const keyed = rows.map((r, i) => [((i + 1) * (seed | 1)) % 7919, r] as const).sort((p, q) => p[0] - q[0]);
          (shuffled as unknown as Record<string, unknown>)[table] = Object.fromEntries(keyed.map(([, r]) => r));
        }
        expect(layoutBowtie(shuffled, riskId)).toEqual(layoutBowtie(doc, riskId));
        expect(JSON.stringify(layoutBowtie(doc, riskId))).toBe(JSON.stringify(layoutBowtie(doc, riskId)));
      }),
      runs,
    );
  });

  it('adding a cause at the bottom moves each side as a whole, and keeps the row order', () => {
    fc.assert(
      fc.property(bowtieSpecArb, labelArb, (spec, label) => {
        const built = buildSpec(spec);
        const before = layoutBowtie(built.doc, built.riskId).nodes;
        const line = built.b.cause(built.riskId, label);
        const after = layoutBowtie(built.doc, built.riskId).nodes;
        for (const side of ['left', 'right'] as const) {
          const a = new Map(after.map((n) => [n.key, n]));
          const moves = new Set(before.filter((n) => n.side === side).map((n) => move(n, a.get(n.key)!)));
          expect(moves.size).toBeLessThanOrEqual(1);
        }
        expect(rowOrder(after, 'cause')).toEqual([...rowOrder(before, 'cause'), line]);
      }),
      runs,
    );
  });

  it('adding a measure to one path only shifts the other rows, each as a whole', () => {
    fc.assert(
      fc.property(bowtieSpecArb, fc.nat(), fc.boolean(), labelArb, (spec, pick, onCause, label) => {
        const built = buildSpec(spec);
        const lines = onCause ? built.causeLines : built.consequenceLines;
        fc.pre(lines.length > 0);
        const line = lines[pick % lines.length]!;
        const before = layoutBowtie(built.doc, built.riskId).nodes;
        built.b.measure(built.riskId, onCause ? 'cause' : 'consequence', line, label);
        const after = layoutBowtie(built.doc, built.riskId).nodes;
        for (const [row, moves] of movesByRow(built.doc, before, after)) if (row !== line) expect(moves.size).toBe(1);
        expect(rowOrder(after, 'cause')).toEqual(rowOrder(before, 'cause'));
        expect(rowOrder(after, 'consequence')).toEqual(rowOrder(before, 'consequence'));
      }),
      runs,
    );
  });

  it("a rename moves only boxes of the renamed box's path group or of the rows below it on its side", () => {
    const newLabel = fc.oneof(labelArb, fc.constantFrom(1, 2, 3));
    fc.assert(
      fc.property(bowtieSpecArb, fc.nat(), newLabel, fc.constantFrom(1, 1.5), (spec, pick, change, scale) => {
        const built = buildSpec(spec);
        const { doc, riskId } = built;
        const before = layoutBowtie(doc, riskId, { scale }).nodes;
        const node = before[pick % before.length]!;
        const label = typeof change === 'string' ? change : longerBy(node, currentLabel(doc, riskId, node.key), change, { scale });
        fc.pre(label !== null);
        rename(doc, riskId, node.key, label!);
        const after = layoutBowtie(doc, riskId, { scale }).nodes;
        const moved = movedKeys(before, after).filter((k) => k !== node.key);
        if (node.side === 'centre') {
          expect(moved.filter((k) => k !== 'hazard' && k !== 'event')).toEqual([]);
          return;
        }
        const kind = node.side === 'left' ? 'cause' : 'consequence';
        const rows = rowOrder(before, kind);
        const own = rows.indexOf(rowOf(doc, node.key)!);
        const strays = moved.filter((k) => {
          const row = rowOf(doc, k);
          return row === null || !rows.includes(row) || rows.indexOf(row) < own;
        });
        expect(strays).toEqual([]);
      }),
      runs,
    );
  });

  it('a rename that wraps one line more moves at most a tenth of the 400-element bench bow-tie', () => {
    const { doc, riskId } = bowtieOfSize(400);
    const before = layoutBowtie(doc, riskId).nodes;
    let worst = 0;
    for (const node of before) {
      const label = currentLabel(doc, riskId, node.key);
      const longer = longerBy(node, label, 1)!;
      expect(longer).not.toBeNull();
      rename(doc, riskId, node.key, longer);
      worst = Math.max(worst, movedKeys(before, layoutBowtie(doc, riskId).nodes).length);
      rename(doc, riskId, node.key, label);
    }
    expect(worst).toBeLessThanOrEqual(40);
  });
});
