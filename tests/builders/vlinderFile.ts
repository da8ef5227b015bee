/** A real .vlinder file holding `doc`, saved the way the app saves (storage in `<dir>/data`). */
import { join } from 'node:path';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import type { ProjectDoc } from '../../src/shared/model/doc.ts';

export function writeVlinderFile(dir: string, doc: ProjectDoc, name = 'teststad.vlinder'): string {
  const storage = createStorage({ dataDir: join(dir, 'data'), appVersion: 'test' });
  const wc = storage.create(doc);
  const path = join(dir, name);
  wc.save(path, { force: false, appVersion: 'test' });
  wc.close(true);
  storage.closeAll();
  return path;
}
