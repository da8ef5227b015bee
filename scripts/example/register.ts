/**
 * The register of the example project "Gemeente Voorbeeld" (fictional): areas and the long list
 * of risks with their scores and priority advice. Phenomena and areas only, never persons.
 */
import type { AreaKind, PriorityAdvice, RiskStatus } from '../../src/shared/model/vocab.ts';

export interface AreaSpec {
  key: string;
  name: string;
  kind: AreaKind;
  cbsCode?: string;
  parent?: string;
}

/** CBS-style codes of a fictional municipality (9001 is not a real gemeentecode). */
export const AREAS: AreaSpec[] = [
  { key: 'gm', name: 'Gemeente Voorbeeld', kind: 'municipality', cbsCode: 'GM9001' },
  { key: 'kernVoorbeeld', name: 'Voorbeeld (hoofdkern)', kind: 'village', parent: 'gm' },
  { key: 'centrum', name: 'Centrum', kind: 'district', cbsCode: 'WK900101', parent: 'kernVoorbeeld' },
  { key: 'stationskwartier', name: 'Stationskwartier', kind: 'neighbourhood', cbsCode: 'BU90010102', parent: 'centrum' },
  { key: 'noord', name: 'Voorbeeld-Noord', kind: 'district', cbsCode: 'WK900102', parent: 'kernVoorbeeld' },
  { key: 'parkwijk', name: 'Parkwijk', kind: 'neighbourhood', cbsCode: 'BU90010203', parent: 'noord' },
  { key: 'skatepark', name: 'Skatepark en speelveld Parkwijk', kind: 'hotspot', parent: 'parkwijk' },
  { key: 'stationsplein', name: 'Stationsplein', kind: 'hotspot', parent: 'stationskwartier' },
  { key: 'oosterveld', name: 'Oosterveld', kind: 'village', cbsCode: 'WK900103', parent: 'gm' },
  { key: 'heidedorp', name: 'Heidedorp', kind: 'village', cbsCode: 'WK900104', parent: 'gm' },
  { key: 'buitengebied', name: 'Buitengebied', kind: 'district', cbsCode: 'WK900109', parent: 'gm' },
];

export interface RiskSpec {
  key: string;
  title: string;
  theme: string;
  areas: string[];
  status: RiskStatus;
  advice: PriorityAdvice;
  hazard?: string;
  centralEvent?: string;
  description: string;
  evidence?: string;
  /** likelihood, impact, then the extra criteria (1-based option index). */
  scores: { likelihood: number; impact: number; trend: number; influenceability: number; urgency: number; publicUnrest: number; residual?: [number, number] };
  confidentiality?: 'public' | 'internal' | 'confidential';
}

export const RISKS: RiskSpec[] = [
  {
    key: 'drugLabs',
    title: 'Drugslabs en drugsopslag in leegstaande agrarische panden',
    theme: 'IV-5.2',
    areas: ['buitengebied', 'oosterveld', 'heidedorp'],
    status: 'workedOut',
    advice: 'priority',
    hazard: 'Vrijkomend agrarisch vastgoed in het buitengebied',
    centralEvent: 'Criminelen richten een drugslab of drugsopslag in een leegstaand agrarisch pand in',
    description: 'Door bedrijfsbeëindigingen komen steeds meer stallen en schuren leeg te staan. Het RIEC-ondermijningsbeeld en de dumpingen van drugsafval van de afgelopen jaren laten zien dat criminele netwerken deze panden gebruiken voor productie en opslag van synthetische drugs.',
    evidence: 'Ondermijningsbeeld RIEC (vertrouwelijk, op gemeenteniveau samengevat); registraties dumpingen openbare ruimte 2022–2025; expertsessie met politie, omgevingsdienst en LTO-afdeling.',
    scores: { likelihood: 4, impact: 5, trend: 4, influenceability: 3, urgency: 4, publicUnrest: 4, residual: [3, 4] },
    confidentiality: 'internal',
  },
  {
    key: 'youthAlcohol',
    title: 'Jeugdoverlast met alcoholgebruik',
    theme: 'JV-3.3',
    areas: ['noord', 'parkwijk', 'skatepark'],
    status: 'workedOut',
    advice: 'priority',
    hazard: 'Alcoholgebruik door jongeren in de openbare ruimte',
    centralEvent: 'Groepen jongeren veroorzaken overlast onder invloed van alcohol',
    description: 'Rond het skatepark in Parkwijk komen vooral in het weekend en in de zomer groepen jongeren samen die alcohol drinken. Bewoners melden geluidsoverlast, vernielingen en zwerfafval; een deel van de jongeren is jonger dan 18.',
    evidence: 'Politiemeldingen jeugdoverlast 2021–2025; GGD Gezondheidsmonitor Jeugd 2023; signalen van jongerenwerk en wijkagent.',
    scores: { likelihood: 5, impact: 3, trend: 3, influenceability: 4, urgency: 4, publicUnrest: 3, residual: [3, 3] },
  },
  {
    key: 'domesticViolence',
    title: 'Huiselijk geweld',
    theme: 'DO-2',
    areas: ['gm'],
    status: 'workedOut',
    advice: 'priority',
    hazard: 'Spanningen en machtsongelijkheid binnen huishoudens',
    centralEvent: 'Geweld binnen het gezin of tussen (ex-)partners',
    description: 'Huiselijk geweld komt in alle kernen voor en blijft grotendeels achter de voordeur. Het aantal adviesvragen en meldingen bij Veilig Thuis stijgt; professionals zien een samenhang met schulden, verslaving en scheidingen.',
    evidence: 'Cijfers Veilig Thuis (CBS) 2022–2025; registratie tijdelijke huisverboden; expertsessie met wijkteams, Veilig Thuis en politie.',
    scores: { likelihood: 4, impact: 4, trend: 4, influenceability: 3, urgency: 4, publicUnrest: 2, residual: [3, 4] },
  },
  {
    key: 'burglary',
    title: 'Woninginbraken',
    theme: 'VWL-1.3',
    areas: ['kernVoorbeeld', 'oosterveld'],
    status: 'selected',
    advice: 'strategic',
    hazard: 'Woningen met beperkte inbraakwerendheid',
    centralEvent: 'Inbraak in een woning',
    description: 'Het aantal woninginbraken daalt al jaren, maar een inbraak heeft grote impact op het veiligheidsgevoel van bewoners. Piek in de donkere maanden.',
    scores: { likelihood: 3, impact: 3, trend: 2, influenceability: 4, urgency: 2, publicUnrest: 3 },
  },
  {
    key: 'confusedBehaviour',
    title: 'Personen met verward of onbegrepen gedrag',
    theme: 'VWL-1.1',
    areas: ['gm'],
    status: 'selected',
    advice: 'strategic',
    hazard: 'Inwoners met psychische kwetsbaarheid zonder passende zorg',
    centralEvent: 'Escalatie van onbegrepen gedrag in de openbare ruimte of in de woonomgeving',
    description: 'Politie en woningcorporaties krijgen steeds vaker meldingen over onbegrepen gedrag. De aanpak vraagt om een sluitende samenwerking tussen zorg en veiligheid.',
    scores: { likelihood: 4, impact: 3, trend: 4, influenceability: 3, urgency: 3, publicUnrest: 3 },
  },
  {
    key: 'stationSquare',
    title: 'Overlast en verloedering rond het Stationsplein',
    theme: 'VWL-1.2',
    areas: ['stationskwartier', 'stationsplein'],
    status: 'longlist',
    advice: 'management',
    description: 'Zwerfafval, vernielde fietsenstallingen en samenscholing rond het Stationsplein, vooral in de avonduren.',
    scores: { likelihood: 3, impact: 2, trend: 3, influenceability: 4, urgency: 2, publicUnrest: 2 },
  },
  {
    key: 'nightlife',
    title: 'Onveiligheid bij het uitgaan in het centrum',
    theme: 'BV-2.3',
    areas: ['centrum'],
    status: 'longlist',
    advice: 'management',
    description: 'Af en toe geweld en overlast bij sluitingstijd van de horeca op vrijdag- en zaterdagnacht. Er is een actief Keurmerk Veilig Uitgaan.',
    scores: { likelihood: 3, impact: 3, trend: 3, influenceability: 4, urgency: 2, publicUnrest: 2 },
  },
  {
    key: 'schoolTraffic',
    title: 'Verkeersonveiligheid rond scholen',
    theme: 'FV-4.1',
    areas: ['kernVoorbeeld', 'heidedorp'],
    status: 'longlist',
    advice: 'management',
    description: 'Drukte door halen en brengen met de auto en te hard rijden rond basisscholen.',
    scores: { likelihood: 4, impact: 2, trend: 3, influenceability: 4, urgency: 3, publicUnrest: 2 },
  },
  {
    key: 'events',
    title: 'Incidenten bij grote evenementen',
    theme: 'BV-2.4',
    areas: ['centrum'],
    status: 'longlist',
    advice: 'strategic',
    description: 'De jaarlijkse kermis en het zomerfestival trekken samen meer dan 40.000 bezoekers. Risico’s op verdrukking, geweld en middelengebruik vragen om goede voorbereiding.',
    scores: { likelihood: 2, impact: 4, trend: 3, influenceability: 4, urgency: 2, publicUnrest: 3 },
  },
  {
    key: 'polarisation',
    title: 'Polarisatie en radicalisering',
    theme: 'IV-5.1',
    areas: ['gm'],
    status: 'longlist',
    advice: 'strategic',
    description: 'Landelijke maatschappelijke spanningen zijn ook lokaal merkbaar, onder meer online en rond besluitvorming over opvanglocaties.',
    scores: { likelihood: 2, impact: 4, trend: 4, influenceability: 2, urgency: 3, publicUnrest: 4 },
  },
  {
    key: 'cybercrime',
    title: 'Online oplichting en gedigitaliseerde criminaliteit',
    theme: 'DO-1',
    areas: ['gm'],
    status: 'longlist',
    advice: 'strategic',
    description: 'Phishing, WhatsApp-fraude en webwinkelfraude treffen steeds meer inwoners, vooral ouderen en kleine ondernemers.',
    scores: { likelihood: 5, impact: 2, trend: 5, influenceability: 2, urgency: 3, publicUnrest: 2 },
  },
  {
    key: 'publicServants',
    title: 'Agressie en geweld tegen medewerkers met een publieke taak',
    theme: 'IV-5.3',
    areas: ['gm'],
    status: 'longlist',
    advice: 'management',
    description: 'Boa’s, baliemedewerkers en hulpverleners krijgen te maken met verbale agressie en soms fysiek geweld.',
    scores: { likelihood: 3, impact: 3, trend: 4, influenceability: 3, urgency: 3, publicUnrest: 2 },
  },
];
