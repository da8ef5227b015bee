/**
 * The sentences the report writes itself, read from the .docx a user opens: grammatical for
 * 0, 1 and many, and true — no bow-tie analysis claimed when none was made, and no "nog geen
 * maatregel" where a publication only left a confidential measure out.
 */
import { describe, expect, it } from 'vitest';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { ivrpDocx, ivpDocx } from '../../../src/main/export/ivrpReport.ts';
import { reportFixture } from '../../shared/report/fixture.ts';
import { docxText, unzipDocx } from './inspect.ts';

async function ivrpText(doc: ProjectDoc, publication = false): Promise<string> {
  return docxText((await unzipDocx(await ivrpDocx(doc, { date: '2026-11-23', publication }))).document);
}

/** Counts that disagree with their noun or verb: "1 risico’s", "zijn 1 maatregelen", "is 3 risico". */
const UNGRAMMATICAL = [/(?<![\d.,])1 \p{L}+’s\b/u, /(?<![\d.,])1 maatregelen\b/u, /\bzijn (?:1|één) /u, /\bis (?:[02-9]|\d{2,}) (?:risico|maatregel)\b/u, /\bontbreken nog (?:1|één) /u];

function expectGrammatical(text: string): void {
  for (const re of UNGRAMMATICAL) expect(text, String(re)).not.toMatch(re);
}

describe('generated sentences in the IVRP', () => {
  it('many: counts with plural nouns and verbs', async () => {
    const { doc } = reportFixture();
    const text = await ivrpText(doc);
    expectGrammatical(text);
    expect(text).toContain('Er zijn 3 risico’s uitgewerkt als vlinderdas.');
    expect(text).toContain('Voor 3 risico’s, waar dat het meeste oplevert, is een vlinderdasanalyse gemaakt');
  }, 60_000);

  it('one: singular noun and verb', async () => {
    const { doc, ids } = reportFixture();
    doc.risks[ids['r2']!]!.status = 'selected';
    for (const id of Object.keys(doc.scores)) if (doc.scores[id]!.riskId !== ids['r1']) delete doc.scores[id];
    const text = await ivrpText(doc, true);
    expectGrammatical(text);
    expect(text).toContain('Er is één risico beoordeeld op kans en impact.');
    expect(text).toContain('Er is één risico uitgewerkt als vlinderdas.');
    expect(text).toContain('Voor één risico is een vlinderdasanalyse gemaakt');
  }, 60_000);

  it('zero: claims no bow-tie analysis when none was made', async () => {
    const { doc } = reportFixture();
    for (const r of Object.values(doc.risks)) r.status = 'selected';
    const text = await ivrpText(doc);
    expectGrammatical(text);
    expect(text).toContain('Er is nog geen risico uitgewerkt als vlinderdas.');
    expect(text).toContain('Een vlinderdasanalyse is nog voor geen enkel risico gemaakt.');
    expect(text).toContain('Op grond van de risicobeoordeling is dit het advies');
    expect(text).not.toMatch(/vlinderdasanalyses|In de uitgewerkte risico’s ontbre/);
    expect(text).not.toMatch(/vlinderdasmethode|Vlinderdas R0/); // no claim, no bow-tie figures
  }, 60_000);

  it('does not call a cause unprotected when a publication only left its measure out', async () => {
    const { doc, ids } = reportFixture();
    doc.measures[ids['vtReport']!]!.confidentiality = 'confidential';
    const full = await ivrpText(doc);
    const pub = await ivrpText(doc, true);
    expect(full).toContain('Meldcode huiselijk geweld');
    expect(pub).not.toContain('Meldcode huiselijk geweld');
    expect(pub).not.toContain('Oorzaak ‘Problematische thuissituatie’ heeft nog geen preventieve maatregel');
  }, 60_000);
});

describe('generated sentences in the IVP chapters', () => {
  it('has no bow-tie figure or bow-tie sentence for a priority without a bow-tie', async () => {
    const { doc, ids } = reportFixture();
    const r2 = ids['r2']!;
    for (const [id, l] of Object.entries(doc.riskCauses)) if (l.riskId === r2) delete doc.riskCauses[id];
    for (const [id, l] of Object.entries(doc.riskConsequences)) if (l.riskId === r2) delete doc.riskConsequences[id];
    for (const [id, p] of Object.entries(doc.placements)) if (p.riskId === r2) delete doc.placements[id];
    const parts = await unzipDocx(await ivpDocx(doc, { date: '2026-11-23', publication: true }));
    const text = docxText(parts.document);
    const r02 = text.slice(text.indexOf('5.2 Prioriteit'));
    expect(r02).not.toContain('De vlinderdas laat zien');
    expect(r02).not.toContain('Vlinderdas R02');
    expect(parts.media.length).toBe(1); // R01's bow-tie only
    expectGrammatical(text);
  }, 60_000);
});
