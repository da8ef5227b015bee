/** The words a diagram prints, from the i18n catalogues. */
import { t } from '../i18n/t.ts';
import type { Effectiveness, Language, MeasureStatus } from '../model/vocab.ts';
import type { NodeKind } from '../layout/types.ts';

const KIND_KEYS = {
  hazard: 'diagram.hazard',
  event: 'diagram.event',
  cause: 'diagram.cause',
  consequence: 'diagram.consequence',
  measure: 'diagram.measure',
  escalation: 'diagram.escalation',
  escalationMeasure: 'diagram.escalationMeasure',
} as const;

const EFFECTIVENESS_KEYS = {
  good: 'diagram.effectiveness.good',
  moderate: 'diagram.effectiveness.moderate',
  weak: 'diagram.effectiveness.weak',
  unknown: 'diagram.effectiveness.unknown',
} as const;

const STATUS_KEYS = {
  existing: 'diagram.status.existing',
  planned: 'diagram.status.planned',
  missing: 'diagram.status.missing',
} as const;

/** Name of a kind of bow-tie element, e.g. "Oorzaak". */
export function kindLabel(lang: Language, kind: NodeKind): string {
  return t(lang, KIND_KEYS[kind]);
}

export function effectivenessLabel(lang: Language, e: Effectiveness): string {
  return t(lang, EFFECTIVENESS_KEYS[e]);
}

export function statusLabel(lang: Language, s: MeasureStatus): string {
  return t(lang, STATUS_KEYS[s]);
}
