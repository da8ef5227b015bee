import { describe, expect, it } from 'vitest';
import { renderBowtieSvg } from '../../../src/shared/diagram/bowtieSvg.ts';
import { layoutBowtie } from '../../../src/shared/layout/bowtieLayout.ts';
import { builder } from '../layout/build.ts';
import { sampleBowtie } from './sample.ts';
import { parseSvg, texts } from './xml.ts';

/** The markup of the node group whose <title> names `label`. */
function group(svg: string, label: string): string {
  const i = svg.indexOf(label.replace(/&/g, '&amp;'));
  const start = svg.lastIndexOf('<g class="node', i);
  return svg.slice(start, svg.indexOf('</g>', i));
}

describe('renderBowtieSvg', () => {
  it('draws every element of the bow-tie with its wrapped label, as well-formed SVG', () => {
    const { doc, risk } = sampleBowtie();
    const svg = renderBowtieSvg(doc, risk);
    const size = parseSvg(svg);
    const layout = layoutBowtie(doc, risk);
    expect(size.width).toBe(Math.ceil(layout.bounds.width));
    const shown = texts(svg);
    for (const node of layout.nodes) for (const line of node.lines) expect(shown).toContain(line);
    expect(shown).toContain('RIEC Zeeland-West-'); // owners, small, under the label
    expect(svg.match(/<g class="node /g)!.length).toBe(layout.nodes.length);
  });

  it('escapes labels so that any text stays text', () => {
    const b = builder();
    const r = b.risk({ hazard: '<script>alert(1)</script>', centralEvent: 'A & B "quoted" \'single\'', title: 'T <&>' });
    const c = b.cause(r, 'Oorzaak\u0001 met stuurteken en ]]> <![CDATA[');
    b.measure(r, 'cause', c, '<img src=x onerror=alert(1)>');
    const svg = renderBowtieSvg(b.doc, r, { title: '</svg><svg>' });
    parseSvg(svg);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(texts(svg).join(' ')).toContain('A & B "quoted"');
  });

  it('encodes effectiveness by colour and icon, missing by a dashed outline, planned by a clock', () => {
    const { doc, risk } = sampleBowtie();
    const svg = renderBowtieSvg(doc, risk);
    const good = group(svg, 'Vroegsignalering schulden');
    const moderate = group(svg, 'Integrale controles (HIT)');
    const weak = group(svg, 'Buitengebiedsboa’s op vaste route');
    const missing = group(svg, 'Meldpunt voor buurtbewoners');
    const planned = group(svg, 'Herbestemmingsbeleid');
    expect(good).toContain('eff-good');
    expect(good).toContain('fill="#1b7a4a"');
    expect(good).not.toContain('stroke-dasharray');
    expect(moderate).toMatch(/url\(#[\w-]+-stripes\)/);
    expect(weak).toMatch(/url\(#[\w-]+-dots\)/);
    expect(missing).toContain('status-missing');
    expect(missing).toContain('stroke-dasharray');
    expect(planned).toContain('class="planned"');
    expect(good).not.toContain('class="planned"');
    // the tooltip says it in words as well
    expect(good).toContain('<title>Maatregel: Vroegsignalering schulden · Goed · Bestaand · Gemeente (OOV)</title>');
  });

  it('leaves confidential (and, if asked, internal) elements out of the publication version', () => {
    const { doc, risk, b } = sampleBowtie();
    const secret = b.measure(risk, 'cause', Object.values(doc.riskCauses).find((l) => l.riskId === risk)!.id, 'Geheime informant', { confidentiality: 'confidential' });
    const internal = b.cause(risk, 'Interne analyse', { confidentiality: 'internal' });
    void secret;
    void internal;
    expect(texts(renderBowtieSvg(doc, risk)).join(' ')).toContain('Geheime informant');
    const pub = texts(renderBowtieSvg(doc, risk, { publication: true })).join(' ');
    expect(pub).not.toContain('Geheime informant');
    expect(pub).toContain('Interne analyse');
    const strict = texts(renderBowtieSvg(doc, risk, { publication: true, excludeInternal: true })).join(' ');
    expect(strict).not.toContain('Interne analyse');
  });

  it('withholds a confidential risk entirely in the publication version', () => {
    const b = builder();
    const r = b.risk({ confidentiality: 'confidential', centralEvent: 'Geheim' });
    const svg = renderBowtieSvg(b.doc, r, { publication: true });
    parseSvg(svg);
    expect(texts(svg).join(' ')).not.toContain('Geheim');
    expect(texts(svg).join(' ')).toContain('vertrouwelijk');
  });

  it('draws themes with their own colours, projector larger', () => {
    const { doc, risk } = sampleBowtie();
    const light = renderBowtieSvg(doc, risk, { theme: 'light' });
    const dark = renderBowtieSvg(doc, risk, { theme: 'dark' });
    const projector = renderBowtieSvg(doc, risk, { theme: 'projector' });
    expect(light).toContain('fill="#ffffff"/>');
    expect(dark).toContain('fill="#1b2027"');
    expect(parseSvg(projector).width).toBeGreaterThan(parseSvg(light).width * 1.3);
  });

  it('adds a title and a legend in the chosen language', () => {
    const { doc, risk } = sampleBowtie();
    const nl = texts(renderBowtieSvg(doc, risk, { legend: true, title: 'R03 Drugs' }));
    expect(nl).toEqual(expect.arrayContaining(['R03 Drugs', 'Legenda', 'Goed', 'Matig', 'Zwak', 'Onbekend', 'Ontbrekend', 'Gepland', 'Escalatiefactor']));
    const en = texts(renderBowtieSvg(doc, risk, { legend: true, lang: 'en' }));
    expect(en).toEqual(expect.arrayContaining(['Legend', 'Good', 'Moderate', 'Weak', 'Unknown', 'Missing', 'Planned']));
    expect(texts(renderBowtieSvg(doc, risk))).not.toContain('Legenda');
  });

  it('names an element that has no label yet by its kind', () => {
    const b = builder();
    const r = b.risk({ hazard: '', centralEvent: '' });
    b.cause(r, '');
    const shown = texts(renderBowtieSvg(b.doc, r));
    expect(shown).toEqual(expect.arrayContaining(['Gevaar', 'Centrale gebeurtenis', 'Oorzaak']));
  });

  it('is deterministic and gives each risk its own pattern ids', () => {
    const { doc, risk, b } = sampleBowtie();
    expect(renderBowtieSvg(doc, risk)).toBe(renderBowtieSvg(doc, risk));
    const other = b.risk();
    const ids = (svg: string) => [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    const mine = new Set(ids(renderBowtieSvg(doc, risk)));
    for (const id of ids(renderBowtieSvg(doc, other))) expect(mine.has(id)).toBe(false);
  });
});
