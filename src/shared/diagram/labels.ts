/** The words a diagram prints, from the one vocabulary of the i18n catalogues (`vocab.*`). */
import { t } from '../i18n/t.ts';
import type { Effectiveness, Language, MeasureStatus } from '../model/vocab.ts';
import type { NodeKind } from '../layout/types.ts';

/** The message key naming each kind of bow-tie element (also used by the canvas and inspector). */
export const KIND_KEYS = {
  hazard: 'vocab.element.hazard',
  event: 'vocab.element.event',
  cause: 'vocab.element.cause',
  consequence: 'vocab.element.consequence',
  measure: 'vocab.element.measure',
  escalation: 'vocab.element.escalation',
  escalationMeasure: 'vocab.element.escalationMeasure',
} as const satisfies Record<NodeKind, string>;

/** Name of a kind of bow-tie element, e.g. "Oorzaak". */
export function kindLabel(lang: Language, kind: NodeKind): string {
  return t(lang, KIND_KEYS[kind]);
}

export function effectivenessLabel(lang: Language, e: Effectiveness): string {
  return t(lang, `vocab.effectiveness.${e}`);
}

export function statusLabel(lang: Language, s: MeasureStatus): string {
  return t(lang, `vocab.measureStatus.${s}`);
}
