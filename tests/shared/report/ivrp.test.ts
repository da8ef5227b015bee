import { describe, expect, it } from 'vitest';
import { plainText, imagesOf, type Block, type ReportDoc } from '../../../src/shared/report/blocks.ts';
import { buildIvrp } from '../../../src/shared/report/ivrp/buildIvrp.ts';
import { reportFixture } from './fixture.ts';

const headings = (r: ReportDoc, level?: number) => r.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && (!level || b.level === level)).map((b) => b.text);
const tables = (r: ReportDoc) => r.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const placeholders = (r: ReportDoc) =>
  r.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.runs : b.kind === 'list' ? b.items.flat() : b.kind === 'table' ? b.rows.flat().flatMap((c) => c.runs) : [])).filter((x) => x.placeholder).map((x) => x.text);

describe('IVRP report content', () => {
  const { doc, ids } = reportFixture();
  const report = buildIvrp(doc, { date: '2026-11-23' });
  const text = plainText(report);

  it('follows the outline: summary, chapters 1–7 and the appendices, in order', () => {
    expect(headings(report, 1)).toEqual([
      'Samenvatting',
      '1 Inleiding',
      '2 Gebiedsbeschrijving',
      '3 Risico-inventarisatie',
      '4 Risicobeoordeling',
      '5 Uitgewerkte risico’s',
      '6 Capaciteiten en samenwerking',
      '7 Conclusies en aanbevelingen',
      'Bijlagen',
    ]);
    expect(report.blocks[0]).toEqual({ kind: 'toc', title: 'Inhoud' });
  });

  it('has a Dutch title page with municipality, year, plan period and confidentiality', () => {
    expect(report.titlePage).toMatchObject({ kicker: 'Integraal Veiligheidsrisicoprofiel', title: 'Gemeente Teststad 2026', subtitle: 'Onderbouwing voor het Integraal Veiligheidsplan 2027–2030' });
    expect(report.titlePage!.lines).toContain('Datum: 23 november 2026');
    expect(report.titlePage!.lines).toContain('Vertrouwelijkheid: Intern');
  });

  it('shows the project’s scales and a score table ordered from the highest score down', () => {
    expect(text).toContain('Kans en impact zijn gescoord op een schaal van 5 en 5 klassen.');
    const scoreTable = tables(report).find((t) => t.columns.map((c) => c.header).join() === 'Code,Risico,Kans,Impact,Score,Risicoklasse,Trend,Advies')!;
    expect(scoreTable.rows.map((r) => r[0]!.runs[0]!.text)).toEqual(['R03', 'R02', 'R01', 'R04']);
    const r01 = scoreTable.rows.find((r) => r[0]!.runs[0]!.text === 'R01')!;
    expect(r01.map((c) => c.runs.map((x) => x.text).join(''))).toEqual(['R01', 'Jeugdoverlast in Noord', '4', '3', '12', 'Hoog', 'stijgend', 'Prioriteit']);
    expect(r01[5]!.fill).toMatch(/^#[0-9a-f]{6}$/);
    expect(text).toContain('Nog niet gescoord: R05.');
  });

  it('draws the risk matrix and one bow-tie per worked-out risk, bow-ties on pages of their own', () => {
    const figures = report.blocks.filter((b): b is Extract<Block, { kind: 'figure' }> => b.kind === 'figure');
    expect(imagesOf(report)).toEqual([{ kind: 'matrix' }, { kind: 'bowtie', riskId: ids['r1'] }, { kind: 'bowtie', riskId: ids['r2'] }, { kind: 'bowtie', riskId: ids['r3'] }]);
    // Small bow-ties: A4 landscape; larger ones A3 (see bowtiePages.test.ts).
    expect(figures.filter((f) => f.image.kind === 'bowtie').every((f) => f.layout !== 'inline')).toBe(true);
    expect(figures.find((f) => f.image.kind === 'bowtie')!.caption).toBe('Vlinderdas R01 Jeugdoverlast in Noord');
  });

  it('lists per worked-out risk its causes, consequences and a measures table with side, owner, domain, status and effectiveness', () => {
    expect(headings(report, 2)).toContain('5.1 R01 Jeugdoverlast in Noord');
    const measures = tables(report).find((t) => t.columns[0]!.header === 'Maatregel' && t.rows.some((r) => r[0]!.runs[0]!.text.startsWith('Ambulant')))!;
    expect(measures.columns.map((c) => c.header)).toEqual(['Maatregel', 'Kant', 'Eigenaar', 'Domein', 'Status', 'Effectiviteit']);
    const row = (label: string) => measures.rows.find((r) => r[0]!.runs[0]!.text === label)!.map((c) => c.runs.map((x) => x.text).join(''));
    expect(row('Ambulant jongerenwerk in de avond')).toEqual(['Ambulant jongerenwerk in de avond', 'preventief', 'Jongerenwerk', 'sociaal', 'bestaand', 'goed']);
    expect(row('Gerichte surveillance door politie en boa’s')).toEqual(['Gerichte surveillance door politie en boa’s', 'beperkend', 'Politie basisteam', 'veiligheid', 'bestaand', 'matig']);
    expect(row('Inzet van vrijwilligers')[1]).toBe('tegen escalatie');
    expect(row('Gezinscoaching via het wijkteam')[2]).toBe('[Nog in te vullen: eigenaar]');
    expect(text).toContain('Wachtlijst bij het jongerenwerk door personeelstekort — verzwakt ‘Ambulant jongerenwerk in de avond’; maatregel ertegen: Inzet van vrijwilligers');
  });

  it('shows the links across risks: a shared cause and a shared measure', () => {
    expect(text).toContain('Oorzaak ‘Problematische thuissituatie’ speelt ook bij R02 Huiselijk geweld.');
    expect(text).toContain('Maatregel ‘Gerichte surveillance door politie en boa’s’ werkt ook bij R02 Huiselijk geweld.');
    expect(text).toMatch(/Problematische thuissituatie \| R01 Jeugdoverlast in Noord en R02 Huiselijk geweld/);
  });

  it('advises priorities per risk in the conclusions', () => {
    const advice = tables(report).find((t) => t.columns[0]!.header === 'Advies')!;
    expect(advice.rows.map((r) => r.map((c) => c.runs[0]!.text))).toEqual([
      ['Prioriteit', 'R01, R02 en R03'],
      ['Overig strategisch thema', 'R04'],
      ['Beheersniveau', '–'],
      ['Nog geen advies', 'R05'],
    ]);
  });

  it('marks what the project does not say as placeholders instead of inventing it', () => {
    const gaps = placeholders(report);
    expect(gaps).toContain('[Nog in te vullen: kerncijfers van de gemeente (inwoners, oppervlakte, kernen en wijken, ontwikkelingen)]');
    expect(gaps).toContain('[Nog in te vullen: de onderbouwing van de keuze voor deze prioriteiten]');
    expect(gaps.every((g) => g.startsWith('[Nog in te vullen: '))).toBe(true);
  });

  it('in the publication variant leaves out every confidential item, and says so on the title page', () => {
    const pub = buildIvrp(doc, { date: '2026-11-23', publication: true });
    const pubText = plainText(pub);
    expect(pubText).not.toContain('GEHEIM');
    expect(pubText).toContain('INTERN-MAATREGEL');
    expect(pub.titlePage!.lines).toContain('Publicatieversie: vertrouwelijke onderdelen zijn weggelaten');
    expect(imagesOf(pub).some((i) => i.kind === 'bowtie' && i.riskId === ids['r3'])).toBe(false);
    expect(pub.source.risks[ids['r3']!]).toBeUndefined();
    const strict = plainText(buildIvrp(doc, { publication: true, omitInternal: true }));
    expect(strict).not.toContain('INTERN-MAATREGEL');
  });

  it('can be written in English', () => {
    const en = buildIvrp(doc, { date: '2026-11-23', lang: 'en' });
    expect(headings(en, 1)[0]).toBe('Summary');
    expect(plainText(en)).toContain('[To be completed: ');
  });
});
