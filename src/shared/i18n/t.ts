/** Message lookup with `{name}` placeholders. */
import { en } from './en.ts';
import { nl, type MessageKey } from './nl.ts';
import type { Language } from '../model/vocab.ts';

export type { MessageKey };

/**
 * A message as data: a key and its parameters, where a parameter may itself be a message (a
 * refusal's reason inside "Deze wijziging kan niet: {reason}"). Crosses every boundary as JSON;
 * translated only where it is shown, in the language of that host.
 */
export interface MessageRef {
  key: string;
  params?: MessageParams;
}
export type MessageParams = Record<string, string | number | MessageRef>;

const catalogues: Record<Language, Record<MessageKey, string>> = { nl, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nl, key);
}

/** Translates `key` into `lang`, filling `{name}` placeholders from `params` (messages in them translated too). */
export function t(lang: Language, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogues[lang][key];
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? param(lang, params[name]!) : m));
}

function param(lang: Language, v: string | number | MessageRef): string {
  if (typeof v !== 'object' || v === null) return String(v);
  return isMessageKey(v.key) ? t(lang, v.key, v.params ?? {}) : v.key;
}
