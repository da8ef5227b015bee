/** The resources folder of a checkout or an unpacked install (hosts running from the sources: CLI, web). */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function sourceResourcesDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'resources');
}
