import { describe, expect, it } from 'vitest';
import { layoutBowtie } from '../../../src/shared/layout/bowtieLayout.ts';
import { builder } from './build.ts';
import { byKey, overlappingPairs } from './geometry.ts';

function sample() {
  const b = builder();
  const risk = b.risk({ hazard: 'Drugsproductie in het buitengebied', centralEvent: 'Hennepkwekerij in woning' });
  const c1 = b.cause(risk, 'Leegstaande agrarische panden');
  const c2 = b.cause(risk, 'Financiële problemen bij eigenaren');
  const q1 = b.consequence(risk, 'Brand in woning');
  const m11 = b.measure(risk, 'cause', c1, 'Signalering door wijkagent');
  const m12 = b.measure(risk, 'cause', c1, 'Bibob-toets bij verhuur');
  const m21 = b.measure(risk, 'cause', c2, 'Schuldhulpverlening');
  const n11 = b.measure(risk, 'consequence', q1, 'Sluiting pand (art. 13b Opiumwet)');
  const esc = b.escalation(m11, 'Capaciteitstekort bij politie doordat prioriteiten verschuiven');
  const em = b.measure(risk, 'escalation', esc, 'Meldpunt voor bewoners');
  return { b, risk, c1, c2, q1, m11, m12, m21, n11, esc, em };
}

describe('layoutBowtie', () => {
  it('puts the hazard centred above the central event', () => {
    const s = sample();
    const n = byKey(layoutBowtie(s.b.doc, s.risk));
    const hazard = n.get('hazard')!;
    const event = n.get('event')!;
    expect(hazard.y + hazard.height).toBeLessThan(event.y);
    expect(hazard.x + hazard.width / 2).toBeCloseTo(event.x + event.width / 2);
    expect(event.lines.join(' ')).toBe('Hennepkwekerij in woning');
  });

  it('runs each cause path left to right into the event and each consequence path out of it', () => {
    const s = sample();
    const n = byKey(layoutBowtie(s.b.doc, s.risk));
    const cause = n.get(`cause:${s.c1}`)!;
    const m1 = n.get(`measure:${s.m11}`)!;
    const m2 = n.get(`measure:${s.m12}`)!;
    const event = n.get('event')!;
    const q = n.get(`consequence:${s.q1}`)!;
    const qm = n.get(`measure:${s.n11}`)!;
    expect(cause.x).toBeLessThan(m1.x);
    expect(m1.x).toBeLessThan(m2.x);
    expect(m2.x + m2.width).toBeLessThan(event.x);
    expect(event.x + event.width).toBeLessThan(qm.x);
    expect(qm.x).toBeLessThan(q.x);
    // one row: the boxes of a path share a centre line
    expect(m1.y + m1.height / 2).toBeCloseTo(cause.y + cause.height / 2);
    expect(cause.side).toBe('left');
    expect(q.side).toBe('right');
  });

  it('stacks causes in one column and aligns measure columns across rows', () => {
    const s = sample();
    const n = byKey(layoutBowtie(s.b.doc, s.risk));
    const c1 = n.get(`cause:${s.c1}`)!;
    const c2 = n.get(`cause:${s.c2}`)!;
    expect(c1.x).toBe(c2.x);
    expect(c2.y).toBeGreaterThan(c1.y + c1.height);
    expect(n.get(`measure:${s.m21}`)!.x).toBe(n.get(`measure:${s.m11}`)!.x);
  });

  it('hangs an escalation factor below the measure it weakens, with its measures between them', () => {
    const s = sample();
    const layout = layoutBowtie(s.b.doc, s.risk);
    const n = byKey(layout);
    const anchor = n.get(`measure:${s.m11}`)!;
    const factor = n.get(`esc:${s.esc}`)!;
    const em = n.get(`measure:${s.em}`)!;
    expect(factor.kind).toBe('escalation');
    expect(em.kind).toBe('escalationMeasure');
    expect(factor.y).toBeGreaterThan(anchor.y + anchor.height);
    expect(factor.x).toBeLessThan(em.x);
    expect(em.x).toBeLessThan(anchor.x);
    // the row grows: the next cause starts below the escalation lane
    expect(n.get(`cause:${s.c2}`)!.y).toBeGreaterThan(factor.y + factor.height);
    const keys = layout.edges.map((e) => `${e.key}/${e.kind}`);
    expect(keys).toContain(`esc:${s.esc}->measure:${s.em}/escalation`);
    expect(keys).toContain(`measure:${s.em}->measure:${s.m11}/escalation`);
    expect(overlappingPairs(layout)).toEqual([]);
  });

  it('shows the owner of a measure under its label and grows boxes for long labels', () => {
    const s = sample();
    const police = s.b.partner('Politie');
    s.b.doc.measures[s.b.doc.placements[s.m11]!.measureId]!.ownerId = police;
    const long = s.b.measure(s.risk, 'cause', s.c2, 'Een heel lange omschrijving van een maatregel die over meerdere regels moet lopen om te passen');
    const n = byKey(layoutBowtie(s.b.doc, s.risk));
    expect(n.get(`measure:${s.m11}`)!.subLines).toEqual(['Politie']);
    expect(n.get(`measure:${long}`)!.lines.length).toBeGreaterThan(2);
    expect(n.get(`measure:${long}`)!.height).toBeGreaterThan(n.get(`measure:${s.m21}`)!.height);
  });

  it('scales every size for projector mode', () => {
    const s = sample();
    const normal = byKey(layoutBowtie(s.b.doc, s.risk));
    const big = byKey(layoutBowtie(s.b.doc, s.risk, { scale: 1.5 }));
    const key = `measure:${s.m11}`;
    expect(big.get(key)!.width).toBeCloseTo(normal.get(key)!.width * 1.5);
    expect(big.get(key)!.height).toBeCloseTo(normal.get(key)!.height * 1.5);
  });

  it('leaves out confidential elements and what hangs below them when asked', () => {
    const s = sample();
    s.b.doc.measures[s.b.doc.placements[s.m11]!.measureId]!.confidentiality = 'confidential';
    const full = byKey(layoutBowtie(s.b.doc, s.risk));
    const pub = byKey(layoutBowtie(s.b.doc, s.risk, { hide: ['confidential'] }));
    expect(full.has(`measure:${s.m11}`)).toBe(true);
    expect(pub.has(`measure:${s.m11}`)).toBe(false);
    expect(pub.has(`esc:${s.esc}`)).toBe(false);
    expect(pub.has(`measure:${s.m12}`)).toBe(true);
  });

  it('skips dangling references and escalation cycles that hang from no path', () => {
    const s = sample();
    delete s.b.doc.measures[s.b.doc.placements[s.m21]!.measureId];
    // an escalation measure weakened by the factor it counters: a loop cut off from the tree
    s.b.escalation(s.em, 'kringloop');
    const cyc = Object.values(s.b.doc.escalationFactors).find((f) => f.label === 'kringloop')!;
    s.b.doc.placements[s.em]!.pathId = cyc.id;
    s.b.doc.escalationFactors[cyc.id]!.placementId = s.em;
    const layout = layoutBowtie(s.b.doc, s.risk);
    expect(layout.nodes.some((n) => n.key === `measure:${s.m21}`)).toBe(false);
    expect(layout.nodes.some((n) => n.key === `measure:${s.em}`)).toBe(false);
    expect(overlappingPairs(layout)).toEqual([]);
  });

  it('gives an empty layout for an unknown risk and a lone event for an empty bow-tie', () => {
    const b = builder();
    expect(layoutBowtie(b.doc, 'nope').nodes).toEqual([]);
    const r = b.risk({ hazard: '', centralEvent: '' });
    const layout = layoutBowtie(b.doc, r);
    expect(layout.nodes.map((n) => n.key)).toEqual(['hazard', 'event']);
    expect(layout.edges.map((e) => e.key)).toEqual(['hazard->event']);
  });

  it('keeps the picture inside its bounds with a margin', () => {
    const s = sample();
    const layout = layoutBowtie(s.b.doc, s.risk);
    const m = layout.metrics.margin;
    for (const n of layout.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(layout.bounds.x + m - 1e-9);
      expect(n.y + n.height).toBeLessThanOrEqual(layout.bounds.y + layout.bounds.height - m + 1e-9);
    }
    expect(Math.min(...layout.nodes.map((n) => n.x))).toBeCloseTo(m);
  });
});
