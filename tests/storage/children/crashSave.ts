/**
 * Child process for the crash-consistency test: saves a project once, edits it, then saves again
 * and dies by SIGKILL at a chosen point of that second save: `before-rename` (the temp file is
 * complete and flushed) or `after-rename` (the target is replaced, no bookkeeping done yet).
 * Prints `armed <working copy id>` before the fatal save.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { createStorage } from '../../../src/main/storage/createStorage.ts';
import { generateProject } from '../../builders/generateProject.ts';

const [dataDir, target, mode] = process.argv.slice(2) as [string, string, 'before-rename' | 'after-rename'];
const storage = createStorage({ dataDir, appVersion: '0.1.0-test' });
const wc = storage.create(generateProject({ risks: 5, workedOut: 2, seed: 9 }));
wc.apply([{ op: 'project', value: { ...wc.doc().project, title: 'Versie 1' } }]);
wc.save(target, { force: false, appVersion: '0.1.0-test' });
wc.apply([{ op: 'project', value: { ...wc.doc().project, title: 'Versie 2' } }]);

const realRename = fs.renameSync;
fs.renameSync = (from: fs.PathLike, to: fs.PathLike) => {
  if (String(to) !== target) return realRename(from, to);
  if (mode === 'before-rename') process.kill(process.pid, 'SIGKILL');
  realRename(from, to);
  process.kill(process.pid, 'SIGKILL');
};
syncBuiltinESMExports();
process.stdout.write(`armed ${wc.id}\n`);
wc.save(target, { force: false, appVersion: '0.1.0-test' });
process.stdout.write('survived\n');
