/**
 * The bin scripts on a system Node that is too old (this machine's /usr/bin/node is 20): run
 * outside npm they relaunch on the Node that `npm install` put into node_modules, and where that
 * is missing they stop with one clear message instead of crashing somewhere inside.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { appVersion } from '../../src/main/appVersion.ts';
import { useTempDirs } from '../storage/tempDirs.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const tempDir = useTempDirs();
const OLD_NODE = process.env['VLINDER_OLD_NODE'] ?? '/usr/bin/node';
const oldVersion = existsSync(OLD_NODE) ? spawnSync(OLD_NODE, ['-p', 'process.versions.node'], { encoding: 'utf8' }).stdout.trim() : '';
const [major = 99, minor = 0] = oldVersion.split('.').map(Number);
const noOldNode = oldVersion && (major < 22 || (major === 22 && minor < 12)) ? null : `no Node older than 22.12 at ${OLD_NODE} (set VLINDER_OLD_NODE)`;

it('a CLI started with an old Node runs on the project’s Node', ({ skip }) => {
  if (noOldNode) skip(noOldNode);
  const r = spawnSync(OLD_NODE, [join(ROOT, 'bin', 'vlinder.mjs'), '--version'], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.stdout.trim()).toBe(appVersion());
  expect(r.status).toBe(0);
});

it('without the project’s Node it says what to do, in Dutch and English', ({ skip }) => {
  if (noOldNode) skip(noOldNode);
  // The bin scripts on their own, as in a checkout where `npm install` has not run.
  const bin = join(tempDir(), 'bin');
  mkdirSync(bin);
  for (const f of ['node-check.mjs', 'vlinder.mjs', 'start.mjs']) copyFileSync(join(ROOT, 'bin', f), join(bin, f));
  for (const script of ['vlinder.mjs', 'start.mjs']) {
    const r = spawnSync(OLD_NODE, [join(bin, script), '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Vlinder heeft Node.js 22.12 of nieuwer nodig; dit is Node.js ${oldVersion}. Voer eerst "npm install" uit`);
    expect(r.stderr).toContain(`Vlinder needs Node.js 22.12 or newer; this is Node.js ${oldVersion}.`);
  }
});
