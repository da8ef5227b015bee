/** The report wording per language. */
import type { Language } from '../../model/vocab.ts';
import { reportEn } from './en.ts';
import { reportNl, type ReportText } from './nl.ts';

/** The report wording in `lang`. */
export function reportText(lang: Language): ReportText {
  return lang === 'en' ? reportEn : reportNl;
}
