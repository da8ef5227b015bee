#!/usr/bin/env node
// The `vlinder` command: runs the CLI host from its TypeScript sources with Node's type stripping.
import { ensureNode } from './node-check.mjs';

ensureNode(import.meta.url, { typeStripping: true });
// `vlinder info x.vlinder | head`: the reader went away; stop quietly instead of crashing.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}
const { runCli } = await import('../src/main/cli/main.ts');
const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
process.exitCode = code;
