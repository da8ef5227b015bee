/** `const t = useT(); t('welcome.title')` — messages in the current UI language. */
import { useCallback } from 'react';
import type { ApiErrorData } from '../../shared/api/errors.ts';
import { isMessageKey, t as translate, type MessageKey, type MessageParams } from '../../shared/i18n/t.ts';
import { useUi } from '../store/uiStore.ts';

export type TFn = (key: MessageKey, params?: MessageParams) => string;

export function useT(): TFn {
  const lang = useUi((s) => s.lang);
  return useCallback<TFn>((key, params) => translate(lang, key, params), [lang]);
}

/** The user-facing message for an error that crossed the API. */
export function errorMessage(t: TFn, error: ApiErrorData): string {
  return isMessageKey(error.messageKey) ? t(error.messageKey, error.params) : t('error.internal', { method: error.code });
}
