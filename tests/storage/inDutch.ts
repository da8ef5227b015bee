/**
 * A refusal's parameters as the Dutch UI shows them: messages among them (a damaged file's place,
 * a reason) translated, so tests can compare the words a user reads.
 */
import { ApiError } from '../../src/shared/api/errors.ts';
import { isMessageKey, t, type MessageParams } from '../../src/shared/i18n/t.ts';

export function paramsInDutch(params: MessageParams): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'object' && v !== null ? (isMessageKey(v.key) ? t('nl', v.key, v.params ?? {}) : v.key) : v]),
  );
}

/** `err` with its parameters in Dutch (code and everything else as they are). */
export function inDutch<E extends ApiError>(err: E): E {
  return Object.assign(Object.create(Object.getPrototypeOf(err) as object) as E, err, { params: paramsInDutch(err.params) });
}

/** The ApiError `run` throws, in Dutch; fails the test when it throws none. */
export function refusalOf(run: () => unknown): ApiError {
  try {
    run();
  } catch (err) {
    if (err instanceof ApiError) return inDutch(err);
    throw err;
  }
  throw new Error('expected a refusal, but it went through');
}
