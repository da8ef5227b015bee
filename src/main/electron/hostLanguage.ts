/** The language of the host's own UI (menu, dialogs): English on an English system, else Dutch. */
import type { Language } from '../../shared/model/vocab.ts';

export function hostLanguage(systemLanguages: readonly string[]): Language {
  return systemLanguages[0]?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}
