/** Every element of a bow-tie says where it stands: its path, its measure, its factor. */
import { describe, expect, it } from 'vitest';
import { nodeContext } from '../../../src/shared/diagram/nodeContext.ts';
import { layoutBowtie } from '../../../src/shared/layout/bowtieLayout.ts';
import { sampleBowtie } from './sample.ts';

describe('the context in an element’s accessible name', () => {
  const { doc, risk } = sampleBowtie();
  const layout = layoutBowtie(doc, risk);
  const byLabel = (kind: string, label: string) => {
    const labelOf = (id: string) => doc.causes[id]?.label ?? doc.consequences[id]?.label ?? doc.measures[id]?.label ?? doc.escalationFactors[id]?.label ?? '';
    const n = layout.nodes.find((x) => x.kind === kind && labelOf(x.entityId).startsWith(label));
    if (!n) throw new Error(`no ${kind} ${label}`);
    return nodeContext(doc, n);
  };
  const event = 'Drugslab of hennepkwekerij in leegstaand agrarisch pand';

  it('names the path a measure sits on, from its cause to the event or from the event to its consequence', () => {
    expect(byLabel('measure', 'Bibob-toets bij verhuur')).toEqual({ where: 'onPath', names: ['Criminele netwerken zoeken afgelegen locaties', event] });
    expect(byLabel('measure', 'Opruimregeling drugsafval')).toEqual({ where: 'onPath', names: [event, 'Dumping van drugsafval in natuur'] });
  });

  it('names the event for causes and consequences, the measure for escalation factors, the factor for their measures', () => {
    expect(byLabel('cause', 'Financiële nood')).toEqual({ where: 'toEvent', names: [event] });
    expect(byLabel('consequence', 'Brand- en explosie')).toEqual({ where: 'fromEvent', names: [event] });
    expect(byLabel('escalation', 'Kosten lopen op')).toEqual({ where: 'atMeasure', names: ['Opruimregeling drugsafval provincie'] });
    expect(byLabel('escalationMeasure', 'Landelijk opruimfonds')).toEqual({ where: 'againstFactor', names: ['Kosten lopen op omdat vondsten toenemen'] });
  });

  it('gives every element but the hazard and the event a context', () => {
    for (const n of layout.nodes) expect(nodeContext(doc, n) === null, n.key).toBe(n.kind === 'hazard' || n.kind === 'event');
  });
});
