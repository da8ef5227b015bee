/**
 * The report's words for the closed vocabularies: the one vocabulary of the i18n catalogues
 * (src/shared/i18n/{nl,en}/vocab.ts), in lower case where the words stand in running text
 * ("3 maatregelen zijn bestaand"), as they are for headings and labels (advice, confidentiality,
 * the IVP tracks). A report therefore never names a status or domain differently from the app.
 */
import { t, type MessageKey } from '../../i18n/t.ts';
import {
  AREA_KINDS,
  CHAIN_LINKS,
  CONFIDENTIALITY,
  DOMAINS,
  EFFECTIVENESS,
  MEASURE_STATUS,
  PARTNER_KINDS,
  PARTNER_ROLES,
  PRIORITY_ADVICE,
  RISK_STATUS,
  type Language,
} from '../../model/vocab.ts';

const SIDES = ['left', 'right', 'escalation', 'both'] as const;
const TRACKS = ['prevention', 'care', 'repression'] as const;

function words<V extends string>(lang: Language, name: string, values: readonly V[], lower: boolean): Record<V, string> {
  const out = {} as Record<V, string>;
  for (const v of values) {
    const word = t(lang, `vocab.${name}.${v}` as MessageKey);
    out[v] = lower ? word.toLocaleLowerCase(lang) : word;
  }
  return out;
}

/** The vocabulary words of the reports in `lang`. */
export function reportVocab(lang: Language) {
  return {
    status: words(lang, 'measureStatus', MEASURE_STATUS, true),
    effectiveness: words(lang, 'effectiveness', EFFECTIVENESS, true),
    domain: words(lang, 'domain', DOMAINS, true),
    chainLink: words(lang, 'chainLink', CHAIN_LINKS, true),
    riskStatus: words(lang, 'riskStatus', RISK_STATUS, true),
    advice: words(lang, 'priorityAdvice', PRIORITY_ADVICE, false),
    confidentiality: words(lang, 'confidentiality', CONFIDENTIALITY, false),
    areaKind: words(lang, 'areaKind', AREA_KINDS, true),
    partnerKind: words(lang, 'partnerKind', PARTNER_KINDS, true),
    side: words(lang, 'side', SIDES, true),
    track: words(lang, 'track', TRACKS, false),
    partnerRole: words(lang, 'partnerRole', PARTNER_ROLES, true),
  };
}
