/**
 * The links view's model on the bundled example project (Gemeente Voorbeeld): a problematic home
 * situation behind both youth alcohol use (R02) and domestic violence (R03), two measures shared
 * by those risks, three worked-out bow-ties carried by many partners.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linksModel } from '../../../src/shared/links/linksModel.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { fromInterchange } from '../../../src/shared/model/interchange.ts';
import * as ops from '../../../src/shared/model/ops/index.ts';
import { publicationDoc } from '../../../src/shared/report/publication.ts';

const json: unknown = JSON.parse(readFileSync(new URL('../../../resources/examples/gemeente-voorbeeld.json', import.meta.url), 'utf8'));
const example = (): ProjectDoc => fromInterchange(json);

const riskByCode = (doc: ProjectDoc, code: string) => Object.values(doc.risks).find((r) => r.code === code)!;
const codes = (doc: ProjectDoc, ids: readonly string[]) => ids.map((id) => doc.risks[id]!.code);
const causeByLabel = (doc: ProjectDoc, label: string) => Object.values(doc.causes).find((c) => c.label === label)!;
const measureByLabel = (doc: ProjectDoc, label: string) => Object.values(doc.measures).find((m) => m.label === label)!;
const firstLine = <T extends { riskId: string }>(table: Record<string, T>, riskId: string) => Object.entries(table).find(([, l]) => l.riskId === riskId)![0];

describe('shared causes and measures (koppelkansen)', () => {
  it('finds the problematic home situation behind both R02 and R03', () => {
    const doc = example();
    const m = linksModel(doc);
    expect(m.causes.map((c) => [c.cause.label, codes(doc, c.riskIds)])).toEqual([['Problematische thuissituatie', ['R02', 'R03']]]);
  });

  it('lists the two measures R02 and R03 share, with their owner and side', () => {
    const doc = example();
    const m = linksModel(doc);
    const rows = m.measures.map((s) => [s.measure.label, doc.partners[s.measure.ownerId!]!.name, codes(doc, s.riskIds), s.side]);
    expect(rows).toEqual([
      ['Integrale wijkteams signaleren vroegtijdig', 'Gemeente – sociaal domein', ['R02', 'R03'], 'left'],
      ['Persoonsgerichte aanpak in het Zorg- en Veiligheidshuis', 'Zorg- en Veiligheidshuis (ZVH)', ['R02', 'R03'], 'right'],
    ]);
  });

  it('puts the most-shared item first once a third risk uses it', () => {
    const doc = example();
    const r01 = riskByCode(doc, 'R01').id;
    const youthWork = Object.values(doc.causes).find((c) => c.label !== 'Problematische thuissituatie' && Object.values(doc.riskCauses).some((l) => l.causeId === c.id))!;
    // Link another cause to two more risks: it now reaches 3 risks and leads the list.
    const usedIn = Object.values(doc.riskCauses).filter((l) => l.causeId === youthWork.id).map((l) => l.riskId);
    for (const r of ['R01', 'R02', 'R03'].map((c) => riskByCode(doc, c).id)) if (!usedIn.includes(r)) ops.linkCause(doc, r, youthWork.id);
    const home = causeByLabel(doc, 'Problematische thuissituatie');
    ops.linkCause(doc, r01, home.id);
    const m = linksModel(doc);
    expect(m.causes.map((c) => c.riskIds.length)).toEqual([3, 3]);
    expect(codes(doc, m.causes[0]!.riskIds)).toEqual(['R01', 'R02', 'R03']);
    // Ties are alphabetical, whatever order the table happens to be in.
    const labels = m.causes.map((c) => c.cause.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'nl')));
  });

  it('says when a measure works on both sides of the bow-tie', () => {
    const doc = example();
    const teams = measureByLabel(doc, 'Integrale wijkteams signaleren vroegtijdig');
    const before = linksModel(doc).measures.find((s) => s.measure.id === teams.id)!;
    expect(before.side).toBe('left');
    const r03 = riskByCode(doc, 'R03').id;
    ops.placeMeasure(doc, teams.id, { pathKind: 'consequence', pathId: firstLine(doc.riskConsequences, r03) });
    expect(linksModel(doc).measures.find((s) => s.measure.id === teams.id)!.side).toBe('both');
  });

  it('reports nothing shared once R03 gets its own copies', () => {
    const doc = example();
    const r03 = riskByCode(doc, 'R03').id;
    const shared = linksModel(doc);
    for (const c of shared.causes) ops.detachCause(doc, Object.values(doc.riskCauses).find((l) => l.causeId === c.cause.id && l.riskId === r03)!.id);
    for (const s of shared.measures) ops.detachMeasure(doc, Object.values(doc.placements).find((p) => p.measureId === s.measure.id && p.riskId === r03)!.id);
    const m = linksModel(doc);
    expect(m.causes).toEqual([]);
    expect(m.measures).toEqual([]);
  });
});

describe('partners × risks', () => {
  it('has a column per risk with a bow-tie: the three worked-out risks, not the long list', () => {
    const doc = example();
    expect(linksModel(doc).risks.map((r) => r.code)).toEqual(['R01', 'R02', 'R03']);
  });

  it('counts each partner’s measures per risk; every placed measure is counted once per risk', () => {
    const doc = example();
    const m = linksModel(doc);
    const social = m.partners.rows.find((r) => r.partner.name === 'Gemeente – sociaal domein')!;
    expect(codes(doc, social.riskIds)).toEqual(['R02', 'R03']);
    expect(m.risks.map((r) => social.perRisk.get(r.id) ?? 0)).toEqual([0, 2, 3]);
    expect(social.measures.length).toBe(4);
    const zvh = m.partners.rows.find((r) => r.partner.name === 'Zorg- en Veiligheidshuis (ZVH)')!;
    expect([...zvh.perRisk.entries()].map(([id, n]) => [doc.risks[id]!.code, n]).sort()).toEqual([['R02', 1], ['R03', 1]]);
    for (const risk of m.risks) {
      const inGrid = m.partners.rows.reduce((n, r) => n + (r.perRisk.get(risk.id) ?? 0), 0) + (m.partners.unowned.get(risk.id) ?? 0);
      const distinct = new Set(Object.values(doc.placements).filter((p) => p.riskId === risk.id).map((p) => p.measureId)).size;
      expect(inGrid).toBe(distinct);
    }
  });

  it('orders partners by how many measures they carry, then by name', () => {
    const m = linksModel(example());
    const keys = m.partners.rows.map((r) => [r.measures.length, r.partner.name] as const);
    const sorted = [...keys].sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1], 'nl'));
    expect(keys).toEqual(sorted);
    expect(m.partners.rows.every((r) => r.measures.length > 0)).toBe(true);
  });

  it('counts a measure without an owner apart, not under any partner', () => {
    const doc = example();
    const teams = measureByLabel(doc, 'Integrale wijkteams signaleren vroegtijdig');
    ops.updateMeasure(doc, teams.id, { ownerId: null });
    const m = linksModel(doc);
    expect(m.partners.rows.some((r) => r.measures.some((x) => x.id === teams.id))).toBe(false);
    expect(m.partners.unowned.get(riskByCode(doc, 'R02').id)).toBe(1);
    expect(m.partners.unowned.get(riskByCode(doc, 'R03').id)).toBe(1);
  });
});

describe('domain summary', () => {
  it('spreads each risk’s measures over the four domains, each measure once', () => {
    const doc = example();
    const m = linksModel(doc);
    expect(m.domains.map((d) => doc.risks[d.riskId]!.code)).toEqual(['R01', 'R02', 'R03']);
    for (const d of m.domains) {
      const { safety, social, physical, economic, none } = d.counts;
      expect(safety + social + physical + economic + none).toBe(d.total);
    }
    const r03 = m.domains.find((d) => doc.risks[d.riskId]!.code === 'R03')!;
    // Domestic violence is carried mostly by the social domain.
    expect(r03.counts.social).toBeGreaterThan(r03.counts.safety);
    const r01 = m.domains.find((d) => doc.risks[d.riskId]!.code === 'R01')!;
    expect(r01.counts.safety).toBeGreaterThan(r01.counts.social);
  });

  it('counts a measure without a domain under none', () => {
    const doc = example();
    const teams = measureByLabel(doc, 'Integrale wijkteams signaleren vroegtijdig');
    const before = linksModel(doc).domains.find((d) => doc.risks[d.riskId]!.code === 'R02')!.counts;
    ops.updateMeasure(doc, teams.id, { domain: null });
    const after = linksModel(doc).domains.find((d) => doc.risks[d.riskId]!.code === 'R02')!.counts;
    expect(after.none).toBe(before.none + 1);
    expect(after.social).toBe(before.social - 1);
  });
});

describe('confidential items on a projector', () => {
  it('a confidential shared measure is gone from the publication variant the projector shows', () => {
    const doc = example();
    const zvh = measureByLabel(doc, 'Persoonsgerichte aanpak in het Zorg- en Veiligheidshuis');
    ops.updateMeasure(doc, zvh.id, { confidentiality: 'confidential' });
    expect(linksModel(doc).measures.map((s) => s.measure.label)).toContain(zvh.label);
    const shown = linksModel(publicationDoc(doc));
    expect(shown.measures.map((s) => s.measure.label)).not.toContain(zvh.label);
    expect(shown.partners.rows.some((r) => r.partner.id === zvh.ownerId)).toBe(false);
  });
});
