/** Writes one exported file atomically; a failure is `export.failed` with a short Dutch reason. */
import { ApiError } from '../../shared/api/errors.ts';
import { writeFileAtomic } from '../files/writeFileAtomic.ts';
import { writeError } from '../storage/fileErrors.ts';

export async function writeExportFile(path: string, bytes: Uint8Array): Promise<number> {
  try {
    return await writeFileAtomic(path, bytes);
  } catch (err) {
    throw new ApiError('export.failed', { reason: writeError(err).params['reason'] ?? 'schrijven mislukt' }, { cause: err });
  }
}
