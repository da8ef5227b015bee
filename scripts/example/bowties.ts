/**
 * The three worked-out bow-ties of the example project, as data. A cause or measure with a
 * `link` key is one concept shared between bow-ties: the first occurrence creates it, later ones
 * link to it (its fields are taken from the first occurrence).
 * Partners are named by their key in src/shared/partners/defaults.ts.
 */
import type { ChainLink, Confidentiality, Domain, Effectiveness, ImpactCategory, MeasureStatus, MeasureType } from '../../src/shared/model/vocab.ts';

export interface MeasureSpec {
  link?: string;
  label: string;
  owner: string;
  domain: Domain;
  chainLink: ChainLink;
  status: MeasureStatus;
  effectiveness: Effectiveness;
  type: MeasureType;
  quickWin?: boolean;
  plannedYear?: number;
  budgetNote?: string;
  description?: string;
  confidentiality?: Confidentiality;
  escalation?: { label: string; measures: MeasureSpec[] }[];
}

export interface CauseSpec {
  link?: string;
  label: string;
  domain: Domain;
  measures: MeasureSpec[];
}

export interface ConsequenceSpec {
  label: string;
  impact: ImpactCategory;
  measures: MeasureSpec[];
}

export interface IndicatorSpec {
  indicator: string;
  source: string;
  baseline: string;
  baselineYear: number;
  target: string;
  measureMoment: string;
}

export interface BowtieSpec {
  risk: string;
  causes: CauseSpec[];
  consequences: ConsequenceSpec[];
  goals: string[];
  indicators: IndicatorSpec[];
  resources: string;
  /** Relation with other policy (IVP), since format version 3. */
  policyRelations: string;
  /** Why the priority was chosen (motivering, IVRP chapter 7), since format version 3. */
  priorityReason: string;
}

const WIJKTEAMS: MeasureSpec = {
  link: 'wijkteams',
  label: 'Integrale wijkteams signaleren vroegtijdig',
  description: 'Sociale wijkteams, CJG, jongerenwerk en wijkagent bespreken zorgsignalen uit gezinnen maandelijks en bieden tijdig hulp aan.',
  owner: 'social',
  domain: 'social',
  chainLink: 'prevention',
  status: 'existing',
  effectiveness: 'moderate',
  type: 'organisational',
};

const ZVH_CASES: MeasureSpec = {
  link: 'zvhCases',
  label: 'Persoonsgerichte aanpak in het Zorg- en Veiligheidshuis',
  description: 'Complexe situaties met zorg- en veiligheidsproblemen krijgen één plan en één procesregisseur.',
  owner: 'zvh',
  domain: 'social',
  chainLink: 'repression',
  status: 'existing',
  effectiveness: 'moderate',
  type: 'organisational',
};

const HOME: Omit<CauseSpec, 'measures'> = { link: 'home', label: 'Problematische thuissituatie', domain: 'social' };

export const BOWTIES: BowtieSpec[] = [
  {
    risk: 'drugLabs',
    causes: [
      {
        label: 'Leegstand van agrarische bedrijfsgebouwen door bedrijfsbeëindiging',
        domain: 'economic',
        measures: [
          { label: 'Herbestemming van vrijkomende agrarische bebouwing (VAB-beleid)', owner: 'permits', domain: 'physical', chainLink: 'proaction', status: 'planned', effectiveness: 'moderate', type: 'administrative', plannedYear: 2027 },
          { label: 'Sloopregeling voor overbodige stallen en schuren', owner: 'physical', domain: 'physical', chainLink: 'proaction', status: 'missing', effectiveness: 'unknown', type: 'physical', budgetNote: 'Cofinanciering provincie onderzoeken' },
        ],
      },
      {
        label: 'Financiële kwetsbaarheid van agrariërs die stoppen',
        domain: 'economic',
        measures: [
          { label: 'Keukentafelgesprekken met agrariërs over criminele benaderingen', owner: 'riec', domain: 'safety', chainLink: 'prevention', status: 'existing', effectiveness: 'moderate', type: 'behavioural' },
        ],
      },
      {
        label: 'Criminele netwerken zoeken afgelegen locaties met weinig sociale controle',
        domain: 'safety',
        measures: [
          {
            label: 'Integrale controles in het buitengebied met politie, omgevingsdienst en Belastingdienst',
            owner: 'riec',
            domain: 'safety',
            chainLink: 'prevention',
            status: 'existing',
            effectiveness: 'good',
            type: 'administrative',
            escalation: [
              {
                label: 'Te weinig handhavingscapaciteit doordat het buitengebied groot is',
                measures: [
                  { label: 'Controles risicogestuurd plannen op basis van het ondermijningsbeeld', owner: 'riec', domain: 'safety', chainLink: 'preparation', status: 'existing', effectiveness: 'moderate', type: 'organisational', confidentiality: 'confidential' },
                ],
              },
            ],
          },
        ],
      },
      {
        label: 'Beperkt zicht van gemeente en politie op gebruik van panden in het buitengebied',
        domain: 'safety',
        measures: [
          { label: 'Wijkagent buitengebied met vaste bezoeken aan erven', owner: 'police', domain: 'safety', chainLink: 'prevention', status: 'existing', effectiveness: 'moderate', type: 'organisational' },
          { label: 'Meldcampagne ‘Wat ziet u in het buitengebied?’ met Meld Misdaad Anoniem', owner: 'oov', domain: 'safety', chainLink: 'prevention', status: 'existing', effectiveness: 'weak', type: 'behavioural', quickWin: true },
        ],
      },
      {
        label: 'Verhuur van panden zonder toetsing van de huurder',
        domain: 'economic',
        measures: [
          {
            label: 'Bibob-toets en huurderscheck bij verhuur en vergunningen in het buitengebied',
            owner: 'permits',
            domain: 'safety',
            chainLink: 'proaction',
            status: 'planned',
            effectiveness: 'good',
            type: 'administrative',
            plannedYear: 2027,
            budgetNote: '0,5 fte Bibob-coördinator',
            escalation: [
              {
                label: 'Criminelen gebruiken katvangers doordat de echte huurder buiten beeld blijft',
                measures: [
                  { label: 'Informatie delen via het RIEC-convenant', owner: 'riec', domain: 'safety', chainLink: 'proaction', status: 'existing', effectiveness: 'moderate', type: 'administrative' },
                ],
              },
            ],
          },
        ],
      },
    ],
    consequences: [
      {
        label: 'Brand of explosie in het drugslab',
        impact: 'persons',
        measures: [
          { label: 'Sluiting van het pand op grond van artikel 13b Opiumwet', owner: 'mayor', domain: 'safety', chainLink: 'repression', status: 'existing', effectiveness: 'good', type: 'administrative' },
          { label: 'Ontmantelingsprotocol met brandweer en gespecialiseerde opruimdienst', owner: 'fire', domain: 'safety', chainLink: 'repression', status: 'existing', effectiveness: 'good', type: 'organisational' },
        ],
      },
      {
        label: 'Dumping van drugsafval in natuur en op erven',
        impact: 'liveability',
        measures: [
          { label: 'Snelle ruiming van drugsafval met kostenverhaal', owner: 'physical', domain: 'physical', chainLink: 'aftercare', status: 'existing', effectiveness: 'moderate', type: 'organisational' },
          { label: 'Tegemoetkoming voor grondeigenaren bij dumpingen', owner: 'mayor', domain: 'economic', chainLink: 'aftercare', status: 'missing', effectiveness: 'unknown', type: 'administrative' },
        ],
      },
      {
        label: 'Gezondheidsrisico’s voor omwonenden en hulpverleners',
        impact: 'persons',
        measures: [
          { label: 'Bodem- en gezondheidsonderzoek na ontmanteling', owner: 'ggd', domain: 'social', chainLink: 'aftercare', status: 'existing', effectiveness: 'moderate', type: 'organisational' },
        ],
      },
      {
        label: 'Vermenging van onder- en bovenwereld in de dorpen',
        impact: 'governance',
        measures: [
          { label: 'Bewonersbijeenkomst na een ontmanteling', owner: 'mayor', domain: 'safety', chainLink: 'aftercare', status: 'existing', effectiveness: 'weak', type: 'behavioural' },
          { label: 'Jaarlijkse rapportage ondermijning aan de raad', owner: 'oov', domain: 'safety', chainLink: 'aftercare', status: 'planned', effectiveness: 'moderate', type: 'administrative', plannedYear: 2027, quickWin: true },
        ],
      },
    ],
    goals: [
      'Minder drugslabs, opslagen en dumpingen van drugsafval in het buitengebied.',
      'Meer signalen van inwoners en agrariërs over verdacht gebruik van panden.',
      'Vrijkomende agrarische panden krijgen een legale nieuwe bestemming.',
    ],
    indicators: [
      { indicator: 'Aantal aangetroffen drugslabs en drugsopslagen', source: 'Politie / RIEC', baseline: '4', baselineYear: 2025, target: 'Dalend', measureMoment: 'Jaarlijks' },
      { indicator: 'Aantal dumpingen van drugsafval', source: 'Meldingen openbare ruimte gemeente', baseline: '7', baselineYear: 2025, target: 'Minder dan 4 per jaar', measureMoment: 'Jaarlijks' },
      { indicator: 'Aantal integrale controles in het buitengebied', source: 'RIEC', baseline: '12', baselineYear: 2025, target: '20 per jaar', measureMoment: 'Halfjaarlijks' },
    ],
    resources: 'Bestaande formatie OOV en handhaving; 0,5 fte Bibob-coördinator vanaf 2027; bijdrage aan het RIEC volgens convenant.',
    policyRelations: 'Sluit aan bij het regionale programma ondermijning van het RIEC en bij het omgevingsbeleid voor vrijkomende agrarische bebouwing (VAB).',
    priorityReason: 'Hoogste risicoscore van het profiel; ondermijning raakt het buitengebied, de bestuurlijke weerbaarheid en de veiligheid van omwonenden, en de gemeente heeft er met Bibob en handhaving zelf middelen voor.',
  },
  {
    risk: 'youthAlcohol',
    causes: [
      {
        ...HOME,
        measures: [
          WIJKTEAMS,
          { label: 'Opvoedondersteuning via het CJG', owner: 'cjg', domain: 'social', chainLink: 'prevention', status: 'existing', effectiveness: 'moderate', type: 'behavioural' },
        ],
      },
      {
        label: 'Alcohol is makkelijk verkrijgbaar voor minderjarigen',
        domain: 'economic',
        measures: [
          { label: 'Nalevingsonderzoek leeftijdsgrens bij verkooppunten en sportkantines', owner: 'enforcement', domain: 'safety', chainLink: 'prevention', status: 'existing', effectiveness: 'weak', type: 'administrative' },
          { label: 'Gezamenlijk handhavingsplan alcohol met sportverenigingen', owner: 'enforcement', domain: 'safety', chainLink: 'prevention', status: 'missing', effectiveness: 'unknown', type: 'administrative' },
        ],
      },
      {
        label: 'Weinig passend vrijetijdsaanbod voor jongeren in Noord',
        domain: 'social',
        measures: [
          {
            label: 'Ambulant jongerenwerk in Parkwijk',
            owner: 'youthWork',
            domain: 'social',
            chainLink: 'prevention',
            status: 'existing',
            effectiveness: 'moderate',
            type: 'behavioural',
            escalation: [
              {
                label: 'Wachtlijsten doordat jongerenwerkers vertrekken',
                measures: [
                  { label: 'Meerjarige subsidie en vaste formatie jongerenwerk', owner: 'social', domain: 'social', chainLink: 'prevention', status: 'planned', effectiveness: 'good', type: 'organisational', plannedYear: 2027, budgetNote: '€ 60.000 per jaar' },
                ],
              },
            ],
          },
          { label: 'Jongerenontmoetingsplek met begeleiding', owner: 'physical', domain: 'physical', chainLink: 'prevention', status: 'planned', effectiveness: 'moderate', type: 'physical', quickWin: true, plannedYear: 2027 },
        ],
      },
      {
        label: 'Groepsdruk en drinkcultuur onder jongeren',
        domain: 'social',
        measures: [
          { label: 'Alcoholpreventieprogramma in het voortgezet onderwijs', owner: 'education', domain: 'social', chainLink: 'prevention', status: 'existing', effectiveness: 'moderate', type: 'behavioural' },
        ],
      },
      {
        label: 'Hangplekken zonder sociale controle',
        domain: 'physical',
        measures: [
          { label: 'Verlichting en zichtlijnen bij het skatepark verbeteren', owner: 'physical', domain: 'physical', chainLink: 'prevention', status: 'planned', effectiveness: 'moderate', type: 'physical', quickWin: true, plannedYear: 2027 },
        ],
      },
    ],
    consequences: [
      {
        label: 'Bewoners voelen zich onveilig en mijden het park',
        impact: 'liveability',
        measures: [
          {
            label: 'Gebiedsgerichte inzet van boa’s en wijkagent op hotspots en hot times',
            owner: 'enforcement',
            domain: 'safety',
            chainLink: 'repression',
            status: 'existing',
            effectiveness: 'good',
            type: 'organisational',
            escalation: [
              {
                label: 'Overlast verplaatst zich doordat jongeren uitwijken naar andere plekken',
                measures: [
                  { label: 'Flexibele inzet op basis van actuele meldingen en een gebiedsscan', owner: 'oov', domain: 'safety', chainLink: 'preparation', status: 'existing', effectiveness: 'moderate', type: 'organisational' },
                ],
              },
            ],
          },
          { label: 'Buurtbemiddeling tussen omwonenden en jongeren', owner: 'mediation', domain: 'social', chainLink: 'aftercare', status: 'existing', effectiveness: 'moderate', type: 'behavioural' },
        ],
      },
      {
        label: 'Vernielingen en zwerfafval rond het skatepark',
        impact: 'liveability',
        measures: [
          { label: 'Snel herstel van vernielingen en extra schoonmaak', owner: 'physical', domain: 'physical', chainLink: 'aftercare', status: 'existing', effectiveness: 'good', type: 'physical' },
          { label: 'Halt-afdoening voor jongeren na vernieling', owner: 'halt', domain: 'social', chainLink: 'repression', status: 'existing', effectiveness: 'good', type: 'administrative' },
        ],
      },
      {
        label: 'Alcoholvergiftiging bij jongeren',
        impact: 'persons',
        measures: [
          { label: 'Nazorg na een alcoholvergiftiging via de jeugdarts en verslavingszorg', owner: 'ggd', domain: 'social', chainLink: 'aftercare', status: 'existing', effectiveness: 'moderate', type: 'behavioural' },
        ],
      },
      {
        label: 'Jongeren glijden af naar criminaliteit',
        impact: 'persons',
        measures: [ZVH_CASES],
      },
    ],
    goals: [
      'Minder overlast door jongeren rond het skatepark en in Parkwijk.',
      'Minder jongeren onder de 18 die alcohol drinken.',
      'Een passend vrijetijdsaanbod voor jongeren in Noord.',
    ],
    indicators: [
      { indicator: 'Meldingen jeugdoverlast in Voorbeeld-Noord', source: 'Politie (basisteam)', baseline: '184', baselineYear: 2025, target: '140', measureMoment: 'Jaarlijks' },
      { indicator: 'Verwijzingen Halt per 1.000 jongeren van 12–17 jaar', source: 'Halt / waarstaatjegemeente.nl (BBV)', baseline: '11', baselineYear: 2025, target: '9', measureMoment: 'Jaarlijks' },
      { indicator: 'Jongeren van 12–17 jaar die de afgelopen maand alcohol dronken', source: 'GGD Gezondheidsmonitor Jeugd', baseline: '21%', baselineYear: 2023, target: '15%', measureMoment: 'Tweejaarlijks' },
    ],
    resources: 'Jongerenwerk en boa’s binnen bestaande formatie; € 60.000 per jaar extra voor jongerenwerk vanaf 2027; eenmalig € 45.000 voor verlichting en ontmoetingsplek.',
    policyRelations: 'Hangt samen met het jeugdbeleid en het preventie- en handhavingsplan alcohol (Alcoholwet); de ontmoetingsplek valt onder het beleid openbare ruimte.',
    priorityReason: 'Hoge score en een stijgende trend; overlast en alcoholgebruik van jongeren zijn de meest gemelde zorg van bewoners en goed te beïnvloeden met preventie.',
  },
  {
    risk: 'domesticViolence',
    causes: [
      {
        ...HOME,
        measures: [
          WIJKTEAMS,
          {
            label: 'Meldcode huiselijk geweld en kindermishandeling bij professionals',
            owner: 'veiligThuis',
            domain: 'social',
            chainLink: 'prevention',
            status: 'existing',
            effectiveness: 'moderate',
            type: 'organisational',
            escalation: [
              {
                label: 'Professionals melden niet omdat zij de relatie met het gezin willen behouden',
                measures: [
                  { label: 'Scholing in de meldcode en het afwegingskader', owner: 'veiligThuis', domain: 'social', chainLink: 'prevention', status: 'existing', effectiveness: 'moderate', type: 'behavioural' },
                ],
              },
            ],
          },
        ],
      },
      {
        label: 'Financiële problemen en schulden',
        domain: 'economic',
        measures: [
          { label: 'Vroegsignalering van betalingsachterstanden met schuldhulp', owner: 'social', domain: 'social', chainLink: 'prevention', status: 'existing', effectiveness: 'good', type: 'organisational' },
        ],
      },
      {
        label: 'Verslavingsproblematiek in het gezin',
        domain: 'social',
        measures: [
          { label: 'Laagdrempelige verslavingszorg in de wijk', owner: 'mentalHealth', domain: 'social', chainLink: 'prevention', status: 'existing', effectiveness: 'moderate', type: 'behavioural' },
        ],
      },
      {
        label: 'Sociaal isolement van huishoudens',
        domain: 'social',
        measures: [
          { label: 'Huisbezoeken door welzijnswerk bij signalen van isolement', owner: 'youthWork', domain: 'social', chainLink: 'prevention', status: 'planned', effectiveness: 'moderate', type: 'behavioural', plannedYear: 2028 },
        ],
      },
      {
        label: 'Geweld als patroon dat van generatie op generatie wordt doorgegeven',
        domain: 'social',
        measures: [
          { label: 'Hulpaanbod voor plegers van huiselijk geweld', owner: 'veiligThuis', domain: 'social', chainLink: 'prevention', status: 'existing', effectiveness: 'moderate', type: 'behavioural' },
        ],
      },
      {
        label: 'Conflictueuze scheidingen',
        domain: 'social',
        measures: [
          { label: 'Scheidingsloket met begeleiding bij complexe scheidingen', owner: 'cjg', domain: 'social', chainLink: 'prevention', status: 'missing', effectiveness: 'unknown', type: 'organisational' },
        ],
      },
    ],
    consequences: [
      {
        label: 'Slachtoffers lopen lichamelijk en psychisch letsel op',
        impact: 'persons',
        measures: [
          {
            label: 'Tijdelijk huisverbod door de burgemeester',
            owner: 'mayor',
            domain: 'safety',
            chainLink: 'repression',
            status: 'existing',
            effectiveness: 'good',
            type: 'administrative',
            escalation: [
              {
                label: 'Het huisverbod wordt overtreden doordat toezicht ontbreekt',
                measures: [
                  { label: 'Toezicht op naleving van het huisverbod door de politie', owner: 'police', domain: 'safety', chainLink: 'repression', status: 'existing', effectiveness: 'moderate', type: 'organisational' },
                ],
              },
            ],
          },
          { label: 'Opvang en begeleiding van slachtoffers', owner: 'social', domain: 'social', chainLink: 'aftercare', status: 'existing', effectiveness: 'moderate', type: 'organisational' },
        ],
      },
      {
        label: 'Kinderen groeien op in een onveilige situatie',
        impact: 'persons',
        measures: [
          { label: 'Ondersteuning van kinderen na huiselijk geweld via het CJG', owner: 'cjg', domain: 'social', chainLink: 'aftercare', status: 'existing', effectiveness: 'weak', type: 'behavioural' },
        ],
      },
      {
        label: 'Het geweld herhaalt zich',
        impact: 'persons',
        measures: [
          { label: 'Risicotaxatie en veiligheidsplan door Veilig Thuis', owner: 'veiligThuis', domain: 'social', chainLink: 'repression', status: 'existing', effectiveness: 'good', type: 'organisational' },
          ZVH_CASES,
        ],
      },
      {
        label: 'Gezinsleden moeten de woning verlaten zonder opvangplek',
        impact: 'persons',
        measures: [
          { label: 'Crisisopvang en tijdelijke woonruimte met woningcorporaties', owner: 'housing', domain: 'physical', chainLink: 'aftercare', status: 'missing', effectiveness: 'unknown', type: 'organisational', budgetNote: 'Afspraken maken in de prestatieafspraken' },
        ],
      },
    ],
    goals: [
      'Huiselijk geweld wordt eerder gezien en gemeld.',
      'Minder herhaald huiselijk geweld.',
      'Kinderen in gezinnen met huiselijk geweld krijgen passende hulp.',
    ],
    indicators: [
      { indicator: 'Adviesvragen bij Veilig Thuis uit de gemeente', source: 'Veilig Thuis / CBS', baseline: '310', baselineYear: 2025, target: 'Stijgend (meer zicht)', measureMoment: 'Jaarlijks' },
      { indicator: 'Opgelegde tijdelijke huisverboden', source: 'Gemeente (team OOV)', baseline: '14', baselineYear: 2025, target: 'Monitoren', measureMoment: 'Jaarlijks' },
      { indicator: 'Heraanmeldingen bij Veilig Thuis binnen 12 maanden', source: 'Veilig Thuis', baseline: '18%', baselineYear: 2025, target: '12%', measureMoment: 'Jaarlijks' },
    ],
    resources: 'Binnen bestaande budgetten sociaal domein; regionale middelen Geweld hoort nergens thuis; scheidingsloket nog te begroten.',
    policyRelations: 'Onderdeel van de regionale aanpak Geweld hoort nergens thuis en van het beleid sociaal domein (Jeugd, Wmo); Veilig Thuis werkt regionaal.',
    priorityReason: 'Groot verborgen leed met ernstige gevolgen voor kinderen; de raad vroeg om een zichtbare aanpak, en de partners in het sociaal domein kunnen samen vroeger signaleren.',
  },
];
