/**
 * Child process for the kill-during-save test: builds a large project (about 15 000 entities) and
 * saves it to the target (second argument) in a loop, renaming the project before each save and
 * printing `saved <n>` after each save returned. The parent kills it with SIGKILL mid-stream.
 */
import { createStorage } from '../../../src/main/storage/createStorage.ts';
import { generateProject } from '../../builders/generateProject.ts';

const storage = createStorage({ dataDir: process.argv[2]!, appVersion: '0.1.0-test' });
const target = process.argv[3]!;
const wc = storage.create(generateProject({ risks: 200, workedOut: 30, seed: 5 }));
for (let n = 1; ; n++) {
  wc.apply([{ op: 'project', value: { ...wc.doc().project, title: `Versie ${n}` } }]);
  wc.save(target, { force: true, appVersion: '0.1.0-test' });
  process.stdout.write(`saved ${n}\n`);
}
