/** How a privacy finding reads for the user: what was found, and where. */
import { isMessageKey, t } from '../i18n/t.ts';
import type { Language } from '../model/vocab.ts';
import type { PrivacyFinding } from './scanDoc.ts';

const label = (lang: Language, key: string, fallback: string) => (isMessageKey(key) ? t(lang, key) : fallback);

/** "telefoonnummer" */
export function findingKind(lang: Language, f: PrivacyFinding): string {
  return label(lang, `privacy.kind.${f.kind}`, f.kind);
}

/** "R01 · Maatregel ‘Extra surveillance’ · budget" */
export function findingPlace(lang: Language, f: PrivacyFinding): string {
  const p = f.place;
  const what = p.table === 'risks' ? '' : `${label(lang, `privacy.table.${p.table}`, p.table)} ‘${p.itemLabel}’`;
  const risk = p.riskCode || (p.table === 'risks' ? `‘${p.itemLabel}’` : '');
  // A nested field without its own word ("scales.likelihood.anchor") reads as its top field.
  const top = p.field.split('.')[0]!;
  const field = label(lang, `privacy.field.${p.field}`, label(lang, `privacy.field.${top}`, p.field));
  return [risk, what, field].filter(Boolean).join(' · ');
}
