/**
 * Errors cross every boundary as data: a stable code, an i18n message key (present in both
 * catalogues) and optional parameters for the message. Never a stack trace.
 */
import type { MessageParams } from '../i18n/t.ts';

export const ERROR_CODES = [
  'badArgument',
  'unknownMethod',
  'notFound',
  'internal',
  'forbidden',
  'file.notSqlite',
  'file.foreignSqlite',
  'file.newerVersion',
  'file.damaged',
  'file.empty',
  'file.unreadable',
  'file.locked',
  'file.notFound',
  'file.changedOnDisk',
  'file.writeFailed',
  'file.tooLarge',
  'file.folderMissing',
  'session.notFound',
  'live.notFound',
  'live.running',
  'live.badAddress',
  'live.listenFailed',
  'doc.invalidChange',
  'import.invalid',
  'export.failed',
  'export.noChromium',
  'content.invalid',
  'template.invalid',
  'evidence.invalid',
  'merge.otherDocument',
  'merge.invalid',
  'merge.conflicts',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Message parameters; a parameter may be a message itself (a refusal's reason), see `MessageRef`. */
export type ErrorParams = MessageParams;

export interface ApiErrorData {
  code: ErrorCode;
  /** Key into the i18n catalogues, e.g. "error.file.newerVersion". */
  messageKey: string;
  params?: ErrorParams;
}

/** Thrown inside the core; turned into ApiErrorData by the dispatcher. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  constructor(code: ErrorCode, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super(`${code} ${JSON.stringify(params)}`, options);
    this.name = 'ApiError';
    this.code = code;
    this.params = params;
  }
  toData(): ApiErrorData {
    return { code: this.code, messageKey: `error.${this.code}`, params: this.params };
  }
}

export type ApiResult<R> = { ok: true; value: R } | { ok: false; error: ApiErrorData };

export function isApiErrorData(v: unknown): v is ApiErrorData {
  return typeof v === 'object' && v !== null && typeof (v as ApiErrorData).code === 'string' && typeof (v as ApiErrorData).messageKey === 'string';
}
