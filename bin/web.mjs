#!/usr/bin/env node
// `npm run web -- [--port N] [FILE]`: the browser mode of Vlinder on 127.0.0.1.
import { ensureNode } from './node-check.mjs';

ensureNode(import.meta.url, { typeStripping: true });
const { runWeb } = await import('../src/main/web/run.ts');
process.exitCode = await runWeb(process.argv.slice(2));
