/** The real example project (resources/examples) as the seed of the fuzzers: its JSON and a .vlinder file of it. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import { fromInterchange } from '../../src/shared/model/interchange.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

export const EXAMPLE_JSON = readFileSync(join(ROOT, 'resources', 'examples', 'gemeente-voorbeeld.json'), 'utf8');

/** Saves the example as a .vlinder file at `path` (through the app's own save). */
export function writeExampleVlinder(dataDir: string, path: string): void {
  const storage = createStorage({ dataDir, appVersion: '0.1.0-fuzz' });
  const wc = storage.create(fromInterchange(EXAMPLE_JSON));
  wc.save(path, { force: true, appVersion: '0.1.0-fuzz' });
  wc.close(true);
}
