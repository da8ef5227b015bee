import { describe, expect, it } from 'vitest';
import { focusPathKeys } from '../../../src/renderer/canvas/focusPath.ts';
import { followCentre, ROOM_PX, roomMinZoom } from '../../../src/renderer/canvas/useViewport.ts';
import { layoutBowtie } from '../../../src/shared/layout/bowtieLayout.ts';
import { sample } from '../sampleDoc.ts';

const room = { fontSize: 14, subFontRatio: 1, rowLines: 4 } as const;

describe('the room follows the selection at a readable zoom', () => {
  it('never lets a label, or the line under a measure, go below ROOM_PX', () => {
    const s = sample();
    for (const opts of [room, { ...room, subFontRatio: 0.8 }, { fontSize: 12 }]) {
      const layout = layoutBowtie(s.doc, s.riskId, opts);
      const z = roomMinZoom(layout);
      expect(layout.metrics.fontSize * z).toBeGreaterThanOrEqual(ROOM_PX);
      expect(layout.metrics.subFontSize * z).toBeGreaterThanOrEqual(ROOM_PX);
    }
  });

  it('keeps the selected element in view and centres its path where the view allows', () => {
    const s = sample();
    const layout = layoutBowtie(s.doc, s.riskId, room);
    const key = `measure:${s.placements[0]}`;
    const node = layout.nodes.find((n) => n.key === key)!;
    const path = focusPathKeys(s.doc, key);
    const margin = 10;
    // A view only a little larger than the node: the node stays whole inside it.
    const small = { w: node.width + 40, h: node.height + 40 };
    const c = followCentre(layout, node, path, small.w, small.h, margin);
    expect(c.x - small.w / 2).toBeLessThanOrEqual(node.x - margin + 1e-9);
    expect(c.x + small.w / 2).toBeGreaterThanOrEqual(node.x + node.width + margin - 1e-9);
    expect(c.y - small.h / 2).toBeLessThanOrEqual(node.y - margin + 1e-9);
    expect(c.y + small.h / 2).toBeGreaterThanOrEqual(node.y + node.height + margin - 1e-9);
    // A view as large as the bow-tie: the path (without the hazard) is centred.
    const onPath = layout.nodes.filter((n) => path!.has(n.key) && n.key !== 'hazard');
    const left = Math.min(...onPath.map((n) => n.x));
    const right = Math.max(...onPath.map((n) => n.x + n.width));
    const big = followCentre(layout, node, path, layout.bounds.width * 2, layout.bounds.height * 2, margin);
    expect(big.x).toBeCloseTo((left + right) / 2);
  });

  it('with the event selected, centres the hazard and the event together', () => {
    const s = sample();
    const layout = layoutBowtie(s.doc, s.riskId, room);
    const event = layout.nodes.find((n) => n.key === 'event')!;
    const hazard = layout.nodes.find((n) => n.key === 'hazard')!;
    const c = followCentre(layout, event, null, 5000, 5000, 10);
    expect(c.y).toBeCloseTo((Math.min(hazard.y, event.y) + Math.max(hazard.y + hazard.height, event.y + event.height)) / 2);
  });
});
