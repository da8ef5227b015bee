import { describe, expect, it } from 'vitest';
import { plainText, type Block, type ReportDoc } from '../../../src/shared/report/blocks.ts';
import { buildIvp, buildIvpPerPriority } from '../../../src/shared/report/ivp/buildIvp.ts';
import { actionOf, trackOf } from '../../../src/shared/report/ivp/tracks.ts';
import { reportFixture } from './fixture.ts';

const headings = (r: ReportDoc, level: number) => r.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === level).map((b) => b.text);
const tableAfter = (r: ReportDoc, labelText: string) => {
  const i = r.blocks.findIndex((b) => b.kind === 'paragraph' && b.runs.map((x) => x.text).join('') === labelText);
  const t = r.blocks[i + 1];
  return t?.kind === 'table' ? t.rows.map((row) => row.map((c) => c.runs.map((x) => x.text).join(''))) : null;
};

describe('IVP chapters', () => {
  const { doc } = reportFixture();
  const ivp = buildIvp(doc, { date: '2026-11-23' });
  const text = plainText(ivp);

  it('has chapter 5 with one section per priority and the sections of the outline', () => {
    expect(ivp.titlePage).toBeNull();
    expect(headings(ivp, 1)).toEqual(['5 Uitwerking per prioriteit']);
    expect(headings(ivp, 2)).toEqual(['5.1 Prioriteit: Jeugdoverlast in Noord', '5.2 Prioriteit: Huiselijk geweld', '5.3 Prioriteit: GEHEIM-RISICO ondermijning bij de haven']);
    const first = headings(ivp, 3).slice(0, 8);
    expect(first).toEqual([
      'Aanleiding — wat speelt er?',
      'Oorzaken en gevolgen',
      'Wat willen we bereiken?',
      'Wat gaan we doen?',
      'Met wie?',
      'Hoe meten we het?',
      'Wat mag het kosten?',
      'Relatie met ander beleid',
    ]);
  });

  it('orders the approach by preventie – zorg – repressie with what to do per measure', () => {
    // In bow-tie order: the first cause's measures first.
    expect(tableAfter(ivp, 'Preventie')!.map((row) => row[0])).toEqual(['INTERN-MAATREGEL overleg', 'Ambulant jongerenwerk in de avond', 'Inzet van vrijwilligers', 'GEHEIM-MAATREGEL observatie']);
    expect(tableAfter(ivp, 'Zorg')).toEqual([['Gezinscoaching via het wijkteam', '[Nog in te vullen: eigenaar]', 'ontbrekend', 'toevoegen', '–']]);
    expect(tableAfter(ivp, 'Repressie')![0]).toEqual(['Gerichte surveillance door politie en boa’s', 'Politie basisteam', 'bestaand, matig', 'versterken', '–']);
    expect(text).toContain('Quick wins:\nAmbulant jongerenwerk in de avond');
  });

  it('fills the indicator table from the risk and marks empty cells', () => {
    expect(text).toContain('Meldingen jeugdoverlast | Politie | 120 (2025) | 90 | jaarlijks');
    expect(text).toContain('Rapportcijfer veiligheid buurt | Veiligheidsmonitor | [Nog in te vullen: nulmeting] | [Nog in te vullen: streefwaarde] | [Nog in te vullen: meetmoment]');
  });

  it('uses the risk’s goals, resources and the partners’ roles, and leaves placeholders where they are empty', () => {
    expect(text).toContain('Minder meldingen van jeugdoverlast in Noord');
    expect(text).toContain('Formatie jongerenwerk 1 fte.');
    expect(text).toContain('Politie basisteam | uitvoering en informatie');
    expect(text).toContain('Woningcorporatie | [Nog in te vullen: rol (regie / uitvoering / informatie)]');
    // R02 has no description, goals, indicators or resources.
    const r02 = text.slice(text.indexOf('5.2 Prioriteit'), text.indexOf('5.3 Prioriteit'));
    expect(r02).toContain('[Nog in te vullen: wat er speelt: kerncijfers en het verhaal achter de cijfers]');
    expect(r02).toContain('[Nog in te vullen: doelen en ambities, zo mogelijk SMART]');
    expect(r02).toContain('[Nog in te vullen: indicatoren met bron, nulmeting en streefwaarde]');
    expect(r02).toContain('[Nog in te vullen: middelen en capaciteit]');
  });

  it('summarises causes and consequences by label only (descriptions may hold case detail)', () => {
    const { doc: d, ids } = reportFixture();
    d.causes[ids['home']!] = { ...d.causes[ids['home']!]!, description: 'Casus: gezin aan de Dorpsstraat' };
    expect(plainText(buildIvp(d))).not.toContain('Dorpsstraat');
  });

  it('leaves the confidential priority out of the publication variant and renumbers', () => {
    const pub = buildIvp(doc, { publication: true });
    expect(headings(pub, 2)).toEqual(['5.1 Prioriteit: Jeugdoverlast in Noord', '5.2 Prioriteit: Huiselijk geweld']);
    expect(plainText(pub)).not.toContain('GEHEIM');
  });

  it('can write one document per priority', () => {
    const each = buildIvpPerPriority(doc, { publication: true });
    expect(each.map((e) => e.risk.code)).toEqual(['R01', 'R02']);
    expect(headings(each[1]!.report, 2)).toEqual(['5.2 Prioriteit: Huiselijk geweld']);
  });
});

describe('preventie – zorg – repressie', () => {
  const { doc, ids } = reportFixture();
  const m = (key: string) => doc.measures[ids[key]!]!;
  it('follows the safety-chain link, not the domain; without a link the side of the bow-tie', () => {
    expect(trackOf(m('patrol'), { protects: new Set(['right']) })).toBe('repression');
    expect(trackOf(m('vtReport'), { protects: new Set(['left']) })).toBe('prevention'); // social domain, chain link preventie
    expect(trackOf(m('family'), { protects: new Set(['left']) })).toBe('care'); // nazorg
    expect(trackOf({ ...m('patrol'), chainLink: 'proaction' }, { protects: new Set(['right']) })).toBe('prevention');
    expect(trackOf(m('streetwork'), { protects: new Set(['left']) })).toBe('prevention'); // social, no link, cause path
    expect(trackOf(m('repair'), { protects: new Set(['right']) })).toBe('repression');
  });
  it('keeps good existing measures, strengthens weaker ones, adds missing ones', () => {
    expect(actionOf(m('streetwork'))).toBe('keep');
    expect(actionOf(m('patrol'))).toBe('strengthen');
    expect(actionOf(m('family'))).toBe('add');
    expect(actionOf(m('volunteers'))).toBe('carryOut');
  });
});
