/**
 * A small, fully known project for report tests: two public priorities worked out as bow-ties
 * (with a shared cause and a shared measure), one confidential priority, confidential and
 * internal items inside a public bow-tie, a long-list risk and an unscored one. Confidential and
 * internal texts carry the markers GEHEIM and INTERN so tests can look for them anywhere.
 */
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import type { Cause, Measure, Risk } from '../../../src/shared/model/entities.ts';
import type { Confidentiality } from '../../../src/shared/model/vocab.ts';
import { measureDefaults } from '../../builders/measureDefaults.ts';
import { riskDefaults } from '../../builders/riskDefaults.ts';

const T = '2026-03-01T09:00:00.000Z';

export interface Fixture {
  doc: ProjectDoc;
  ids: Record<string, string>;
}

export function reportFixture(): Fixture {
  const doc = newProjectDoc({ title: 'IVRP Teststad', municipality: 'Gemeente Teststad', period: '2027–2030' });
  doc.project.description = 'De gemeente werkt toe naar een nieuw veiligheidsplan.';
  let n = 0;
  const id = () => `00000000-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
  const st = (x: string) => ({ id: x, createdAt: T, updatedAt: T });
  const ids: Record<string, string> = {};
  const theme = (code: string) => Object.values(doc.themes).find((t) => t.code === code)!.id;

  const partner = (key: string, name: string, role = '') => {
    const x = id();
    doc.partners[x] = { ...st(x), name, kind: 'other', domain: null, role };
    ids[key] = x;
  };
  partner('police', 'Politie basisteam', 'uitvoering en informatie');
  partner('youth', 'Jongerenwerk', 'uitvoering');
  partner('housing', 'Woningcorporatie');
  partner('vt', 'Veilig Thuis', 'informatie');

  const area = (key: string, name: string, kind: 'municipality' | 'district' | 'hotspot', cbsCode: string | null) => {
    const x = id();
    doc.areas[x] = { ...st(x), name, kind, cbsCode, parentId: null };
    ids[key] = x;
  };
  area('teststad', 'Teststad', 'municipality', 'GM9999');
  area('noord', 'Noord', 'district', 'WK999901');
  area('station', 'Stationsplein', 'hotspot', null);

  let order = 0;
  const risk = (key: string, p: Partial<Risk> & { title: string }) => {
    const x = id();
    doc.risks[x] = {
      ...riskDefaults(p.title, order++),
      ...st(x),
      code: `R0${Object.keys(doc.risks).length + 1}`,
      ...p,
    };
    ids[key] = x;
    return x;
  };
  const score = (riskId: string, criterion: string, value: number) => {
    const x = id();
    doc.scores[x] = { ...st(x), riskId, criterion, value, session: '' };
  };
  const cause = (key: string, label: string, confidentiality: Confidentiality = 'public', description = '') => {
    const x = id();
    doc.causes[x] = { ...st(x), label, description, domain: null, confidentiality } satisfies Cause;
    ids[key] = x;
    return x;
  };
  const causeLine = (riskId: string, causeId: string) => {
    const x = id();
    doc.riskCauses[x] = { ...st(x), riskId, causeId, order: order++ };
    return x;
  };
  const consequenceLine = (riskId: string, label: string, confidentiality: Confidentiality = 'public') => {
    const c = id();
    doc.consequences[c] = { ...st(c), label, description: '', impactCategory: null, confidentiality };
    const x = id();
    doc.riskConsequences[x] = { ...st(x), riskId, consequenceId: c, order: order++ };
    return x;
  };
  const measure = (key: string, label: string, p: Partial<Measure> = {}) => {
    const x = id();
    doc.measures[x] = {
      ...st(x),
      ...measureDefaults(label),
      ...p,
    };
    ids[key] = x;
    return x;
  };
  const place = (riskId: string, measureId: string, pathKind: 'cause' | 'consequence' | 'escalation', pathId: string) => {
    const x = id();
    doc.placements[x] = { ...st(x), measureId, riskId, pathKind, pathId, order: order++ };
    return x;
  };
  const factor = (placementId: string, label: string) => {
    const x = id();
    doc.escalationFactors[x] = { ...st(x), placementId, label, description: '', order: order++ };
    return x;
  };

  // R01 — a fully worked-out public priority.
  const r1 = risk('r1', {
    title: 'Jeugdoverlast in Noord',
    hazard: 'Jongeren die samenkomen in de openbare ruimte',
    centralEvent: 'Groep jongeren veroorzaakt structureel overlast',
    description: 'Bewoners van Noord melden al twee jaar overlast rond het winkelcentrum.',
    themeId: theme('JV-3.1'),
    areaIds: [ids['noord']!],
    status: 'workedOut',
    priorityAdvice: 'priority',
    goals: ['Minder meldingen van jeugdoverlast in Noord'],
    indicators: [
      { id: id(), indicator: 'Meldingen jeugdoverlast', source: 'Politie', baseline: '120', baselineYear: 2025, target: '90', measureMoment: 'jaarlijks' },
      { id: id(), indicator: 'Rapportcijfer veiligheid buurt', source: 'Veiligheidsmonitor', baseline: '', baselineYear: null, target: '', measureMoment: '' },
    ],
    evidence: 'Meldingen politie 2023–2025; werksessie met partners.',
    resources: 'Formatie jongerenwerk 1 fte.',
  });
  score(r1, 'likelihood', 4);
  score(r1, 'impact', 3);
  score(r1, 'trend', 4);
  const home = cause('home', 'Problematische thuissituatie');
  const c1 = causeLine(r1, home);
  const c2 = causeLine(r1, cause('boredom', 'Weinig te doen in de avond'));
  const c3 = causeLine(r1, cause('secretCause', 'GEHEIM-OORZAAK informatie van het RIEC', 'confidential'));
  const q1 = consequenceLine(r1, 'Onveiligheidsgevoel bij bewoners');
  const q2 = consequenceLine(r1, 'Vernielingen in de openbare ruimte');
  const streetwork = measure('streetwork', 'Ambulant jongerenwerk in de avond', { ownerId: ids['youth']!, domain: 'social', quickWin: true, budgetNote: 'Subsidie 2027' });
  const p1 = place(r1, streetwork, 'cause', c2);
  place(r1, measure('family', 'Gezinscoaching via het wijkteam', { ownerId: null, domain: 'social', chainLink: 'aftercare', status: 'missing', effectiveness: 'unknown' }), 'cause', c1);
  place(r1, measure('secretMeasure', 'GEHEIM-MAATREGEL observatie', { ownerId: ids['police']!, confidentiality: 'confidential' }), 'cause', c3);
  place(r1, measure('internalMeasure', 'INTERN-MAATREGEL overleg', { ownerId: ids['police']!, confidentiality: 'internal', status: 'planned', plannedYear: 2027 }), 'cause', c1);
  const patrol = measure('patrol', 'Gerichte surveillance door politie en boa’s', { ownerId: ids['police']!, domain: 'safety', chainLink: 'repression', effectiveness: 'moderate' });
  place(r1, patrol, 'consequence', q1);
  place(r1, measure('repair', 'Snel herstel van vernielingen', { ownerId: ids['housing']!, domain: 'physical', effectiveness: 'weak' }), 'consequence', q2);
  const f1 = factor(p1, 'Wachtlijst bij het jongerenwerk door personeelstekort');
  place(r1, measure('volunteers', 'Inzet van vrijwilligers', { ownerId: ids['youth']!, status: 'planned', plannedYear: 2028 }), 'escalation', f1);

  // R02 — a public priority with empty plan fields (placeholders), sharing a cause and a measure.
  const r2 = risk('r2', { title: 'Huiselijk geweld', hazard: 'Spanningen binnen gezinnen', centralEvent: 'Geweld in de thuissituatie', themeId: theme('DO-2'), status: 'workedOut', priorityAdvice: 'priority' });
  score(r2, 'likelihood', 3);
  score(r2, 'impact', 5);
  score(r2, 'trend', 3);
  const c21 = causeLine(r2, home);
  const q21 = consequenceLine(r2, 'Letsel bij slachtoffers');
  place(r2, measure('vtReport', 'Meldcode huiselijk geweld', { ownerId: ids['vt']!, domain: 'social', chainLink: 'prevention' }), 'cause', c21);
  place(r2, patrol, 'consequence', q21);

  // R03 — a confidential priority: gone from a publication, text and diagrams.
  const r3 = risk('r3', { title: 'GEHEIM-RISICO ondermijning bij de haven', themeId: theme('IV-5.2'), status: 'workedOut', priorityAdvice: 'priority', confidentiality: 'confidential' });
  score(r3, 'likelihood', 5);
  score(r3, 'impact', 5);
  const c31 = causeLine(r3, cause('port', 'GEHEIM-HAVEN misbruik van bedrijfspanden'));
  place(r3, measure('bibob', 'GEHEIM-BIBOB screening', { ownerId: ids['police']! }), 'cause', c31);

  // R04 — long list, strategic; R05 — long list, not scored, no advice.
  const r4 = risk('r4', { title: 'Woninginbraak', themeId: theme('VWL-1.3'), priorityAdvice: 'strategic', areaIds: [ids['teststad']!] });
  score(r4, 'likelihood', 2);
  score(r4, 'impact', 2);
  risk('r5', { title: 'Verkeersonveiligheid rond scholen', themeId: theme('FV-4.1') });
  return { doc, ids };
}

/** The confidential and internal markers that must never appear in a publication. */
export const CONFIDENTIAL_MARKERS = ['GEHEIM'];
export const INTERNAL_MARKERS = ['INTERN-MAATREGEL'];
