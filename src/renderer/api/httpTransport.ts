/** Transport over the loopback web host: same-origin POST; the secret travels in a cookie. */
import type { ApiResult } from '../../shared/api/errors.ts';
import type { Transport } from './transport.ts';

export function httpTransport(base = ''): Transport {
  return {
    kind: 'http',
    async call(method, args) {
      let res: Response;
      try {
        res = await fetch(`${base}/api/call`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify({ method, args }),
        });
      } catch {
        return { ok: false, error: { code: 'internal', messageKey: 'error.connection', params: {} } };
      }
      return (await res.json()) as ApiResult<unknown>;
    },
  };
}
