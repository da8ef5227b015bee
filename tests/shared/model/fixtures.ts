/**
 * Small hand-built projects for readable unit tests: two risks that share a cause and a
 * measure, with an escalation factor. Built with the real operations and deterministic ids.
 */
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import * as ops from '../../../src/shared/model/ops/index.ts';
import { sequentialIdentity, withIdentity } from '../../../src/shared/model/ops/stamp.ts';
import { baseDoc } from './arbitraries.ts';

export interface TwoRisks {
  doc: ProjectDoc;
  /** Jeugdoverlast met alcohol */
  youth: string;
  /** Huiselijk geweld */
  violence: string;
  /** the shared cause "Problematische thuissituatie": its line in each risk */
  homeInYouth: string;
  homeInViolence: string;
  homeCause: string;
  /** a cause only in the youth risk */
  boredom: string;
  /** consequence line of the youth risk */
  nuisance: string;
  /** shared measure "Integrale wijkteams signaleren vroegtijdig": placement in each risk */
  teamsInYouth: string;
  teamsInViolence: string;
  teamsMeasure: string;
  /** a measure only on the boredom path */
  youthWork: string;
  /** escalation factor below the youth-work placement, and a measure against it */
  factor: string;
  factorMeasure: string;
  partner: string;
}

export function twoRisks(seed = 1): TwoRisks {
  const doc = baseDoc(seed);
  return withIdentity(sequentialIdentity(seed + 1000, '2026-02-01T09:00:00.000Z'), () => {
    const partner = ops.addPartner(doc, { name: 'Sociaal wijkteam', kind: 'care', domain: 'social' });
    const youth = ops.addRisk(doc, { title: 'Jeugdoverlast met alcohol', hazard: 'Alcoholgebruik door jongeren in de openbare ruimte', centralEvent: 'Overlast door groepen jongeren onder invloed' });
    const violence = ops.addRisk(doc, { title: 'Huiselijk geweld', hazard: 'Spanningen binnen huishoudens', centralEvent: 'Geweld binnen het gezin' });
    const homeInYouth = ops.addCause(doc, youth, { label: 'Problematische thuissituatie' });
    const homeCause = doc.riskCauses[homeInYouth]!.causeId;
    const homeInViolence = ops.linkCause(doc, violence, homeCause);
    const boredom = ops.addCause(doc, youth, { label: 'Weinig vrijetijdsaanbod voor jongeren' });
    const nuisance = ops.addConsequence(doc, youth, { label: 'Bewoners mijden het park' });
    const teamsInYouth = ops.addMeasure(doc, { pathKind: 'cause', pathId: homeInYouth, label: 'Integrale wijkteams signaleren vroegtijdig', ownerId: partner, status: 'existing', effectiveness: 'moderate' });
    const teamsMeasure = doc.placements[teamsInYouth]!.measureId;
    const teamsInViolence = ops.placeMeasure(doc, teamsMeasure, { pathKind: 'cause', pathId: homeInViolence });
    const youthWork = ops.addMeasure(doc, { pathKind: 'cause', pathId: boredom, label: 'Ambulant jongerenwerk' });
    const factor = ops.addEscalationFactor(doc, youthWork, { label: 'Wachtlijsten doordat jongerenwerkers vertrekken' });
    const factorMeasure = ops.addMeasure(doc, { pathKind: 'escalation', pathId: factor, label: 'Vaste formatie jongerenwerk' });
    return { doc, youth, violence, homeInYouth, homeInViolence, homeCause, boredom, nuisance, teamsInYouth, teamsInViolence, teamsMeasure, youthWork, factor, factorMeasure, partner };
  });
}
