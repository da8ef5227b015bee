/**
 * Default scales for a new project, from shared/domain/scales.md. Editable per project.
 */
import type { Scales, ScaleClass } from '../model/scalesSchema.ts';

const likelihoodLabels = ['Zeer onwaarschijnlijk', 'Onwaarschijnlijk', 'Mogelijk', 'Waarschijnlijk', 'Zeer waarschijnlijk'];
const likelihoodAnchors = [
  'minder dan eens in 10 jaar',
  'eens in 2–10 jaar',
  'ongeveer jaarlijks',
  'meerdere keren per jaar / maandelijks',
  'wekelijks of vaker / structureel aanwezig',
];
const impactLabels = ['Beperkt', 'Aanzienlijk', 'Ernstig', 'Zeer ernstig', 'Catastrofaal'];
const impactAnchors = [
  'geen letsel; nauwelijks merkbaar; ter plaatse',
  'licht letsel; merkbaar voor betrokkenen; straat of buurt',
  'ernstig letsel; merkbaar in wijk of kern; media-aandacht, raadsvragen',
  'één dode; ernstige aantasting, mijdgedrag; vertrouwen in overheid geschaad',
  'meerdere doden; gemeenschap ontwricht; positie bestuur onhoudbaar',
];

function classes(labels: string[], anchors: string[], codes: string[]): ScaleClass[] {
  return labels.map((label, i) => ({ value: i + 1, code: codes[i]!, label, anchor: anchors[i] ?? '' }));
}

const NUMERIC = ['1', '2', '3', '4', '5'];
const LETTERS = ['A', 'B', 'C', 'D', 'E'];

export function defaultScales(preset: 'numeric' | 'letters' = 'numeric'): Scales {
  const codes = preset === 'letters' ? LETTERS : NUMERIC;
  return {
    preset,
    likelihood: classes(likelihoodLabels, likelihoodAnchors, codes),
    impact: classes(impactLabels, impactAnchors, codes),
    impactDimensions: [
      { id: 'persons', label: 'Personen', weight: 1, enabled: false },
      { id: 'liveability', label: 'Leefbaarheid en veiligheidsgevoel', weight: 1, enabled: false },
      { id: 'reach', label: 'Reikwijdte', weight: 1, enabled: false },
      { id: 'governance', label: 'Onrust / bestuur', weight: 1, enabled: false },
      { id: 'financial', label: 'Financieel', weight: 1, enabled: false },
    ],
    impactCombine: 'max',
    bands: [
      { id: 'low', label: 'Laag', min: 1, max: 4, color: '#4caf50' },
      { id: 'medium', label: 'Midden', min: 5, max: 9, color: '#ffd54f' },
      { id: 'high', label: 'Hoog', min: 10, max: 14, color: '#fb8c00' },
      { id: 'veryHigh', label: 'Zeer hoog', min: 15, max: 25, color: '#e53935' },
    ],
    criteria: [
      { id: 'trend', label: 'Trend', enabled: true, options: ['sterk dalend', 'dalend', 'stabiel', 'stijgend', 'sterk stijgend'] },
      { id: 'influenceability', label: 'Beïnvloedbaarheid', enabled: true, options: ['nauwelijks', 'beperkt', 'redelijk', 'goed', 'zeer goed'] },
      { id: 'urgency', label: 'Urgentie', enabled: true, options: ['kan wachten', 'binnen 4 jaar', 'binnen 2 jaar', 'binnen 1 jaar', 'direct'] },
      { id: 'publicUnrest', label: 'Maatschappelijke onrust', enabled: true, options: ['geen', 'enige', 'merkbaar', 'groot', 'zeer groot'] },
      { id: 'evidence', label: 'Onderbouwing', enabled: false, options: ['vermoeden', 'expertoordeel (enkel)', 'expertoordeel (meerdere partners)', 'data (beperkt)', 'data (meerjarig)'] },
      { id: 'approach', label: 'Bestaande aanpak', enabled: false, options: ['ontbreekt', 'onvoldoende', 'deels', 'grotendeels', 'afdoende'] },
    ],
  };
}
