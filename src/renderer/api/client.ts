/** Typed client over a transport: resolves with the result or rejects with a ClientError. */
import type { ArgsOf, CallFn, MethodName, ResultOf } from '../../shared/api/contract.ts';
import type { ApiErrorData } from '../../shared/api/errors.ts';
import type { Transport } from './transport.ts';

export class ClientError extends Error {
  readonly data: ApiErrorData;
  constructor(data: ApiErrorData) {
    super(data.code);
    this.name = 'ClientError';
    this.data = data;
  }
}

export function createClient(transport: Transport): CallFn {
  return async <M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> => {
    const result = await transport.call(method, args);
    if (!result.ok) throw new ClientError(result.error);
    return result.value as ResultOf<M>;
  };
}
