/**
 * Writes the example project "Gemeente Voorbeeld" to resources/examples/gemeente-voorbeeld.json.
 * Run with `node scripts/build-example.ts`. The output is deterministic: rerunning without
 * changes to scripts/example gives a byte-identical file.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countEntities } from '../src/shared/model/doc.ts';
import { fromInterchange } from '../src/shared/model/interchange.ts';
import { buildExampleJson } from './example/buildExample.ts';

const target = fileURLToPath(new URL('../resources/examples/gemeente-voorbeeld.json', import.meta.url));
const json = buildExampleJson();
const counts = countEntities(fromInterchange(json));
writeFileSync(target, json);
console.log(`${target}: ${(json.length / 1024).toFixed(0)} kB`);
console.log(Object.entries(counts).map(([table, n]) => `${table} ${n}`).join(', '));
