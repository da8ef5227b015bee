/** Message lookup with `{name}` placeholders. */
import { en } from './en.ts';
import { nl, type MessageKey } from './nl.ts';
import type { Language } from '../model/vocab.ts';

export type { MessageKey };

const catalogues: Record<Language, Record<MessageKey, string>> = { nl, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nl, key);
}

/** Translates `key` into `lang`, filling `{name}` placeholders from `params`. */
export function t(lang: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[lang][key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
