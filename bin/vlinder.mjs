#!/usr/bin/env node
// The `vlinder` command: runs the CLI host from its TypeScript sources with Node's type stripping.
import { relaunchWithTypeStripping } from './node-check.mjs';

relaunchWithTypeStripping(import.meta.url);
const { runCli } = await import('../src/main/cli/main.ts');
const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
});
process.exitCode = code;
