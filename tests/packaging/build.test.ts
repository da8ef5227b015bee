/**
 * `electron-vite build` into a temporary folder, and what Electron will need from its output: an
 * ES-module main with the native modules left outside, a CommonJS preload that runs in the
 * sandbox (where `require` knows only `electron`), and a renderer with relative asset URLs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const out = mkdtempSync(join(tmpdir(), 'vlinder-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

beforeAll(() => {
  const cli = join(dirname(createRequire(join(ROOT, 'package.json')).resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, env: { ...process.env, VLINDER_OUT_DIR: out }, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`);
}, 150_000);

const read = (file: string) => readFileSync(join(out, file), 'utf8');

describe('the desktop build', () => {
  it('writes the main process where package.json points, as an ES module', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string; type: string };
    expect(pkg.main).toBe('out/main/index.js');
    expect(pkg.type).toBe('module');
    const main = read('main/index.js');
    expect(main).toMatch(/^import .* from "electron";$/m);
    // The SQLite driver is loaded from node_modules (unpacked from the asar), not bundled.
    expect(main).toMatch(/^import \w+ from "better-sqlite3";$/m);
    expect(main).not.toMatch(/\brequire\(/);
  });

  it('writes a CommonJS preload that works in the sandbox and exposes only the bridge', () => {
    const code = read('preload/index.cjs');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const required: string[] = [];
    const exposed: Record<string, unknown> = {};
    const electron = {
      contextBridge: { exposeInMainWorld: (name: string, api: unknown) => (exposed[name] = api) },
      ipcRenderer: { invoke: async () => ({ ok: true, value: null }), on() {}, removeListener() {} },
    };
    // A sandboxed preload gets a `require` that knows `electron` (and a few web-safe modules) only.
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`module not available in the sandbox: ${name}`);
    };
    const module = { exports: {} };
    runInNewContext(code, { require: sandboxRequire, module, exports: module.exports });
    expect(required).toEqual(['electron']);
    expect(Object.keys(exposed)).toEqual(['vlinder']);
    expect(Object.keys(exposed['vlinder'] as object).sort()).toEqual(['call', 'onCommand', 'platform']);
  });

  it('writes a renderer with relative asset URLs and the CSP meta tag', () => {
    const html = read('renderer/index.html');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset).toMatch(/^\.\/assets\//);
      expect(existsSync(join(out, 'renderer', asset))).toBe(true);
    }
    expect(html).toMatch(/http-equiv="Content-Security-Policy"[^>]*script-src 'self'/);
    expect(html).not.toMatch(/https?:\/\//);
  });
});
