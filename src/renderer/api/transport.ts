/** A transport carries one call to the Node side and returns its result as data. */
import type { ApiResult } from '../../shared/api/errors.ts';

export interface Transport {
  kind: 'ipc' | 'http';
  call(method: string, args: unknown): Promise<ApiResult<unknown>>;
  /** Menu commands pushed by the host (Electron only). */
  onCommand?(listener: (commandId: string) => void): () => void;
}
