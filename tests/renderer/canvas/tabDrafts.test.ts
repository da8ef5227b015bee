import { describe, expect, it } from 'vitest';
import { onwardDraft } from '../../../src/renderer/canvas/tabDrafts.ts';
import { sample } from '../sampleDoc.ts';

describe('Tab, Shift+Tab and Shift+Enter from a name being typed', () => {
  it('Tab from a cause just named opens a measure at the end of its own path', () => {
    const s = sample();
    expect(onwardDraft(s.doc, s.riskId, `cause:${s.causes[0]}`, 'next', null, true)).toEqual({ kind: 'measure', riskId: s.riskId, pathKind: 'cause', pathId: s.causes[0] });
  });

  it('Tab from a measure goes to the next path; after the last cause a new cause, a blank cause goes on to the consequences', () => {
    const s = sample();
    expect(onwardDraft(s.doc, s.riskId, `measure:${s.placements[0]}`, 'next', null, false)).toMatchObject({ kind: 'measure', pathKind: 'cause', pathId: s.causes[1] });
    expect(onwardDraft(s.doc, s.riskId, `cause:${s.causes[1]}`, 'next', null, false)).toEqual({ kind: 'cause', riskId: s.riskId });
    expect(onwardDraft(s.doc, s.riskId, null, 'next', 'cause', false)).toMatchObject({ kind: 'measure', pathKind: 'consequence', pathId: s.consequences[0] });
    expect(onwardDraft(s.doc, s.riskId, `consequence:${s.consequences[1]}`, 'next', null, false)).toEqual({ kind: 'consequence', riskId: s.riskId });
    expect(onwardDraft(s.doc, s.riskId, null, 'next', 'consequence', false)).toBeNull();
  });

  it('an escalation factor moves on from the path of the measure it hangs under', () => {
    const s = sample();
    expect(onwardDraft(s.doc, s.riskId, `esc:${s.factor}`, 'next', null, false)).toMatchObject({ kind: 'measure', pathId: s.causes[1] });
    expect(onwardDraft(s.doc, s.riskId, `esc:${s.factor}`, 'down', null, false)).toMatchObject({ kind: 'escalation', index: 1 });
  });

  it('Shift+Tab goes back a path, from the first consequence to the last cause, and nowhere before the first cause', () => {
    const s = sample();
    expect(onwardDraft(s.doc, s.riskId, `measure:${s.placements[2]}`, 'previous', null, false)).toMatchObject({ pathId: s.causes[0] });
    expect(onwardDraft(s.doc, s.riskId, `consequence:${s.consequences[0]}`, 'previous', null, true)).toMatchObject({ pathKind: 'cause', pathId: s.causes[1] });
    expect(onwardDraft(s.doc, s.riskId, `cause:${s.causes[0]}`, 'previous', null, true)).toBeNull();
  });

  it('Shift+Enter hangs an escalation factor under a measure', () => {
    const s = sample();
    expect(onwardDraft(s.doc, s.riskId, `measure:${s.placements[1]}`, 'down', null, false)).toEqual({ kind: 'escalation', riskId: s.riskId, placementId: s.placements[1] });
  });
});
