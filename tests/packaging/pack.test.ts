/**
 * A packaging dry run: electron-builder packs the real build and configuration for Linux (`dir`
 * target) around a stand-in Electron binary — a tiny file that carries Electron's fuse sentinel
 * with Electron 45's default fuse wire, since the real binary cannot be downloaded here. The
 * asar contents, the unpacked native modules and the flipped fuses are then read back.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const rootRequire = createRequire(join(ROOT, 'package.json'));
const builderRequire = createRequire(rootRequire.resolve('app-builder-lib/package.json'));
const asar = builderRequire('@electron/asar') as {
  listPackage(path: string, opts: object): string[];
  statFile(path: string, file: string): { unpacked?: boolean };
  extractFile(path: string, file: string): Buffer;
};
const fuses = builderRequire('@electron/fuses') as { getCurrentFuseWire(path: string): Promise<Record<string, unknown>>; FuseV1Options: Record<string, string> };

const work = mkdtempSync(join(tmpdir(), 'vlinder-pack-'));
const project = join(work, 'project');
const appDir = join(work, 'dist', 'linux-unpacked');
const resources = join(appDir, 'resources');
const appAsar = join(resources, 'app.asar');
const exampleSource = join(ROOT, 'resources', 'examples', 'gemeente-voorbeeld.json');
let files: string[] = [];
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron 45's defaults: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on,
// asar integrity off, only-from-asar off, browser V8 snapshot off, file:// privileges on.
const DEFAULT_WIRE = [1, 8, ...'10110001'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0)));

function run(args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, args, { cwd: project, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 240_000 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

beforeAll(() => {
  // A project folder with this repository's configuration, a fresh build and its node_modules.
  mkdirSync(project);
  for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml', 'electron.vite.config.ts']) cpSync(join(ROOT, file), join(project, file));
  // Sources beside the build, as in the repository: they must not end up in the package.
  for (const dir of ['resources', 'src', 'bin']) cpSync(join(ROOT, dir), join(project, dir), { recursive: true });
  // A real node_modules folder (npm treats a symlinked one as extraneous and drops optional
  // platform packages such as @resvg's native binary). Hard links make the copy instant.
  const linked = spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(project, 'node_modules')]);
  if (linked.status !== 0) cpSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  const electronVite = join(dirname(rootRequire.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [electronVite, 'build'], { cwd: ROOT, env: { ...process.env, VLINDER_OUT_DIR: join(project, 'out') }, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);

  const electronDist = join(work, 'electron-dist');
  mkdirSync(electronDist);
  writeFileSync(join(electronDist, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n#'), Buffer.from(SENTINEL), Buffer.from(DEFAULT_WIRE), Buffer.from('\n')]));
  chmodSync(join(electronDist, 'electron'), 0o755);
  const cli = join(dirname(rootRequire.resolve('electron-builder/package.json')), 'cli.js');
  run([cli, '--linux', 'dir', '--projectDir', project, `-c.electronDist=${electronDist}`, `-c.directories.output=${join(work, 'dist')}`]);
  files = asar.listPackage(appAsar, { isPack: false });
}, 300_000);

describe('the packed app (Linux, dry run)', () => {
  it('contains only the build output, package.json and production dependencies', () => {
    const own = files.filter((f) => !f.startsWith('/node_modules'));
    expect(own.filter((f) => !f.startsWith('/out'))).toEqual(['/package.json']);
    for (const f of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) expect(own).toContain(f);
    // Electron starts what the packed package.json names.
    const packed = JSON.parse(asar.extractFile(appAsar, 'package.json').toString('utf8')) as { main: string };
    expect(packed.main).toBe('out/main/index.js');
  });

  it('leaves development tools and sources out', () => {
    const topLevel = new Set(files.filter((f) => f.startsWith('/node_modules/')).map((f) => f.split('/')[2]));
    for (const dev of ['electron', 'electron-vite', 'vite', 'vitest', 'typescript', 'react', '@xyflow', '@playwright']) expect(topLevel.has(dev), dev).toBe(false);
    expect(topLevel.has('better-sqlite3')).toBe(true);
    expect(files.filter((f) => /^\/(src|bin|resources)\//.test(f) || (/\.ts$/.test(f) && !f.startsWith('/node_modules/')))).toEqual([]);
    expect(files.some((f) => f.startsWith('/node_modules/better-sqlite3/deps/') || f.startsWith('/node_modules/better-sqlite3/src/'))).toBe(false);
  });

  it('unpacks every native binary, and ships only this platform’s SQLite binaries', () => {
    const natives = files.filter((f) => f.endsWith('.node'));
    expect(natives.some((f) => f.includes('better-sqlite3/prebuilds/linux-x64.node'))).toBe(true);
    expect(natives.some((f) => f.includes('@resvg/'))).toBe(true);
    expect(natives.filter((f) => /prebuilds\/(win32|darwin)-/.test(f))).toEqual([]);
    for (const f of natives) {
      expect(asar.statFile(appAsar, f.slice(1)).unpacked, f).toBe(true);
      expect(existsSync(join(resources, 'app.asar.unpacked', f)), f).toBe(true);
    }
  });

  it('puts the window icon beside the app, where the main process looks for it', () => {
    expect(existsSync(join(resources, 'icons', 'png', '256x256.png'))).toBe(true);
  });

  it.skipIf(!existsSync(exampleSource))('ships the example project as an extra resource', () => {
    expect(readFileSync(join(resources, 'examples', 'gemeente-voorbeeld.json'), 'utf8')).toBe(readFileSync(exampleSource, 'utf8'));
  });

  it('flips the fuses in the Electron binary', async () => {
    const wire = await fuses.getCurrentFuseWire(join(appDir, 'vlinder'));
    const state = Object.fromEntries(Object.entries(wire).filter(([k]) => k !== 'version').map(([k, v]) => [fuses.FuseV1Options[k], String.fromCharCode(v as number)]));
    expect(state).toEqual({
      RunAsNode: '0',
      EnableCookieEncryption: '1',
      EnableNodeOptionsEnvironmentVariable: '0',
      EnableNodeCliInspectArguments: '0',
      EnableEmbeddedAsarIntegrityValidation: '1',
      OnlyLoadAppFromAsar: '1',
      LoadBrowserProcessSpecificV8Snapshot: '0',
      GrantFileProtocolExtraPrivileges: '0',
    });
  });
});
