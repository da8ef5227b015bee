/**
 * Child process for the durability test: opens a working copy in the data folder given as the
 * first argument, then applies an endless stream of edits, printing `ack <n>` after each
 * `apply` returned (i.e. was committed). The parent kills it with SIGKILL at a random moment.
 */
import { createStorage } from '../../../src/main/storage/createStorage.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { editNumber } from './edits.ts';

const storage = createStorage({ dataDir: process.argv[2]!, appVersion: '0.1.0-test' });
const wc = storage.create(newProjectDoc({ title: 'Duurzaamheid' }));
process.stdout.write(`ready ${wc.id}\n`);
for (let n = 1; ; n++) {
  wc.apply(editNumber(wc.doc(), n));
  process.stdout.write(`ack ${n}\n`);
}
