/** Dutch building blocks for realistic generated projects (phenomena and areas, never persons). */

export const RISK_SUBJECTS = [
  'Woninginbraak', 'Overlast door jeugdgroepen', 'Drugshandel op straat', 'Drugslabs in leegstaande agrarische panden',
  'Huiselijk geweld', 'Ondermijning via vastgoed', 'Verward gedrag in de openbare ruimte', 'Fietsdiefstal bij het station',
  'Uitgaansgeweld', 'Verkeersonveiligheid rond scholen', 'Cybercriminaliteit bij mkb', 'Radicalisering online',
  'Overlast van arbeidsmigrantenhuisvesting', 'Illegale prostitutie', 'Vuurwerkoverlast rond de jaarwisseling',
  'Ondermijning op bedrijventerreinen', 'Zorgfraude', 'Onveilige evenementen', 'Brand in natuurgebieden',
  'Alcoholgebruik onder jongeren', 'Ouderenmishandeling', 'Winkeldiefstal in het centrum', 'Hennepteelt in huurwoningen',
  'Afvaldumping in het buitengebied', 'Polarisatie en maatschappelijke onrust', 'Mensenhandel in de horeca',
];

export const PLACES = [
  'in het centrum', 'in de kernen', 'in het buitengebied', 'op het bedrijventerrein', 'rond het station',
  'in de wijk Noord', 'bij de haven', 'in de uitgaansstraat', 'rond scholen', 'in de vakantieparken',
];

export const CAUSES = [
  'Gebrek aan toezicht in de avonduren', 'Problematische thuissituatie', 'Leegstand van agrarisch vastgoed',
  'Weinig zinvolle vrijetijdsbesteding voor jongeren', 'Schulden en financiële problemen', 'Makkelijke beschikbaarheid van alcohol',
  'Slechte verlichting in de openbare ruimte', 'Gebrekkige informatie-uitwisseling tussen partners', 'Criminele netwerken zoeken locaties',
  'Lage meldingsbereidheid bij bewoners', 'Verslavingsproblematiek', 'Tekort aan betaalbare woningen', 'Groepsdruk',
  'Beperkte handhavingscapaciteit', 'Onvoldoende weerbaarheid van ondernemers', 'Eenzaamheid en sociaal isolement',
  'Psychische kwetsbaarheid', 'Anonimiteit in grote complexen', 'Grote toestroom van bezoekers', 'Verouderde sloten en hang- en sluitwerk',
];

export const CONSEQUENCES = [
  'Gevoel van onveiligheid bij bewoners', 'Letsel bij slachtoffers', 'Materiële schade', 'Aantasting van de leefbaarheid',
  'Verloedering van de buurt', 'Brand- en explosiegevaar', 'Milieuschade door gedumpt afval', 'Imagoschade voor de gemeente',
  'Verwevenheid van onder- en bovenwereld', 'Trauma bij kinderen', 'Hogere zorgkosten', 'Verlies van vertrouwen in de overheid',
  'Omzetverlies voor ondernemers', 'Maatschappelijke onrust', 'Overbelasting van hulpdiensten',
];

export const MEASURES = [
  'Cameratoezicht op hotspots', 'Integrale wijkteams signaleren vroegtijdig', 'Inzet jongerenwerk in de avonduren',
  'Bibob-toets bij vergunningverlening', 'Voorlichting aan agrarische ondernemers', 'Meldpunt Veilig Thuis bekendmaken',
  'Extra handhaving door boa\'s', 'Keurmerk Veilig Ondernemen', 'Buurtpreventie-app', 'Sluitingsbevoegdheid burgemeester (art. 13b Opiumwet)',
  'Schuldhulpverlening laagdrempelig maken', 'Alcoholcontroles bij evenementen', 'Verbeteren van de openbare verlichting',
  'Casusoverleg in het Zorg- en Veiligheidshuis', 'Huisverbod bij acute dreiging', 'Weerbaarheidstraining voor ambtenaren',
  'Periodieke controles bedrijventerreinen', 'Inloopspreekuur wijkagent', 'Preventief fouilleren in veiligheidsrisicogebied',
  'Samenwerkingsconvenant met woningcorporaties', 'Signaleringsbijeenkomsten met scholen', 'Ruimen van dumpingen binnen 24 uur',
];

export const ESCALATIONS = [
  'Capaciteitstekort bij de politie', 'Wisselende contactpersonen bij partners', 'Privacyregels belemmeren gegevensdeling',
  'Wachtlijsten in de zorg', 'Vakantieperiode', 'Budget na subsidieperiode onzeker', 'Lage opkomst bij bijeenkomsten',
];

export const PARTNERS: readonly { name: string; kind: 'municipality' | 'police' | 'justice' | 'care' | 'housing' | 'emergency' | 'education' | 'business' | 'residents' | 'other' }[] = [
  { name: 'Gemeente — team Openbare Orde en Veiligheid', kind: 'municipality' }, { name: 'Politie basisteam', kind: 'police' },
  { name: 'Openbaar Ministerie', kind: 'justice' }, { name: 'Wijkteam sociaal domein', kind: 'care' },
  { name: 'Veilig Thuis', kind: 'care' }, { name: 'GGD', kind: 'care' }, { name: 'Woningcorporatie', kind: 'housing' },
  { name: 'Veiligheidsregio', kind: 'emergency' }, { name: 'Brandweer', kind: 'emergency' }, { name: 'Voortgezet onderwijs', kind: 'education' },
  { name: 'Ondernemersvereniging', kind: 'business' }, { name: 'Buurtpreventieteam', kind: 'residents' }, { name: 'RIEC', kind: 'justice' },
  { name: 'Zorg- en Veiligheidshuis', kind: 'care' }, { name: 'Reclassering', kind: 'justice' }, { name: 'Jongerenwerk', kind: 'care' },
];

export const SENTENCES = [
  'Partners signaleren een toename sinds de vorige planperiode.',
  'De cijfers van de politie laten een wisselend beeld zien per kern.',
  'Bewoners noemen dit in de veiligheidsmonitor als een van de grootste ergernissen.',
  'Het fenomeen is deels verborgen; de meldingsbereidheid is laag.',
  'De aanpak vraagt om samenwerking tussen zorg en veiligheid.',
  'In de workshop is dit als prioriteit benoemd door meerdere partners.',
  'Er is beperkte data beschikbaar; het oordeel steunt op expertkennis.',
];
