/**
 * An error as one line of Dutch for a terminal: an API error by its message in the catalogue, a
 * check error by its message, a file-system error by its code and first line. Used by every host
 * that prints to a terminal (the CLI, the web host's start-up and its log).
 */
import { ApiError } from '../../shared/api/errors.ts';
import { CheckError } from '../../shared/model/check.ts';
import { t, isMessageKey } from '../../shared/i18n/t.ts';

export function describeError(err: unknown): string {
  if (err instanceof ApiError) {
    const key = `error.${err.code}`;
    return isMessageKey(key) ? t('nl', key, err.params) : err.code;
  }
  if (err instanceof CheckError) return err.message;
  if (err instanceof Error && 'code' in err && typeof err.code === 'string') return `${err.code}: ${err.message.split('\n')[0]}`;
  return err instanceof Error ? (err.message.split('\n')[0] ?? 'onbekende fout') : String(err);
}
