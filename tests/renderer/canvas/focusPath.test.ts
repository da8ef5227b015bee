import { describe, expect, it } from 'vitest';
import { focusPathKeys } from '../../../src/renderer/canvas/focusPath.ts';
import { sample } from '../sampleDoc.ts';

describe('focus on one path', () => {
  it('keeps the whole cause path bright, with its escalation lane, from any node on it', () => {
    const s = sample();
    const fromLane = focusPathKeys(s.doc, `measure:${s.factorMeasure}`)!;
    const expected = ['event', 'hazard', `cause:${s.causes[0]}`, `measure:${s.placements[0]}`, `measure:${s.placements[1]}`, `esc:${s.factor}`, `measure:${s.factorMeasure}`];
    expect([...fromLane].sort()).toEqual(expected.sort());
    expect(focusPathKeys(s.doc, `cause:${s.causes[0]}`)).toEqual(fromLane);
    expect(fromLane.has(`cause:${s.causes[1]}`)).toBe(false);
  });

  it('dims nothing when the central event is selected', () => {
    const s = sample();
    expect(focusPathKeys(s.doc, 'event')).toBeNull();
    expect(focusPathKeys(s.doc, null)).toBeNull();
  });
});
