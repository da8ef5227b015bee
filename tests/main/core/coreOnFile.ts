/**
 * A core as a host builds it, with a project opened from a real .vlinder file in a temporary
 * folder: what the handler tests start from.
 */
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/createCore.ts';
import { createStorage } from '../../../src/main/storage/createStorage.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { writeVlinderFile } from '../../builders/vlinderFile.ts';
import { useTempDirs } from '../../storage/tempDirs.ts';

export function useCoreOnFile() {
  const tempDir = useTempDirs();
  const cores: Core[] = [];
  afterEach(() => {
    for (const core of cores.splice(0)) core.shutdown();
  });

  /** Writes `doc` to `<temp>/teststad.vlinder`, opens it in a fresh core; returns both. */
  async function open(doc: ProjectDoc) {
    const dir = tempDir();
    const path = writeVlinderFile(dir, doc);
    const storage = createStorage({ dataDir: join(dir, 'core'), appVersion: 'test' });
    const core = createCore({ storage, host: 'cli', appVersion: 'test', formatVersion: 1, loadExample: async () => doc });
    cores.push(core);
    const session = await core.handlers['project.open']({ path });
    return { core, sessionId: session.sessionId, path, dir };
  }

  return { open, tempDir };
}
