/**
 * The single entry point for every call from any transport (IPC, HTTP, tests): looks the method
 * up, validates the argument object against the contract, runs the handler and returns the
 * result or the error as data. Nothing thrown escapes.
 */
import { CheckError } from '../model/check.ts';
import { contract, isMethodName, type Handlers } from './contract.ts';
import { ApiError, type ApiResult } from './errors.ts';

export type Dispatch = (method: unknown, args: unknown) => Promise<ApiResult<unknown>>;

export function createDispatch(handlers: Handlers, onInternalError: (err: unknown, method: string) => void = () => {}): Dispatch {
  return async (method, args) => {
    if (!isMethodName(method)) {
      return { ok: false, error: new ApiError('unknownMethod', { method: typeof method === 'string' ? method.slice(0, 100) : typeof method }).toData() };
    }
    let checked: unknown;
    try {
      checked = contract[method].args(args ?? {}, 'args');
    } catch (err) {
      if (err instanceof CheckError) {
        return { ok: false, error: new ApiError('badArgument', { path: err.path, reason: err.reasonRef }).toData() };
      }
      throw err;
    }
    try {
      const handler = handlers[method] as (a: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(checked) };
    } catch (err) {
      if (err instanceof ApiError) return { ok: false, error: err.toData() };
      if (err instanceof CheckError) return { ok: false, error: new ApiError('badArgument', { path: err.path, reason: err.reasonRef }).toData() };
      onInternalError(err, method);
      return { ok: false, error: new ApiError('internal', { method }).toData() };
    }
  };
}
