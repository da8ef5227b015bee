#!/usr/bin/env node
// `npm start [-- [--port N] [FILE.vlinder]]`: the desktop app when the Electron runtime is
// there (building first if the sources changed), otherwise browser mode (bin/web.mjs) with one
// clear explanation. Environment:
//   VLINDER_BROWSER=1        go straight to browser mode
//   VLINDER_NO_OPEN=1        do not open a browser (the address is printed either way)
//   VLINDER_ELECTRON_TIMEOUT_MS  how long finding/downloading Electron may take (default 180000)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNode } from './node-check.mjs';

ensureNode(import.meta.url);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const args = process.argv.slice(2);
const BUILD_OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const BUILD_INPUTS = ['src', 'electron.vite.config.ts', 'package.json'];

/** Newest modification time under `path` (a file or a folder). */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function buildIfNeeded() {
  const outputs = BUILD_OUTPUTS.map((p) => statSync(join(ROOT, p), { throwIfNoEntry: false }));
  const built = outputs.every(Boolean) ? Math.min(...outputs.map((s) => s.mtimeMs)) : 0;
  if (built > Math.max(...BUILD_INPUTS.map((p) => newest(join(ROOT, p))))) return;
  process.stdout.write('Vlinder wordt gebouwd… / Building Vlinder…\n');
  const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) {
    process.stderr.write('Bouwen is mislukt (zie hierboven). / The build failed (see above).\n');
    process.exit(result.status ?? 1);
  }
}

/**
 * The Electron executable, or the reason there is none. `require('electron')` yields the path of
 * the binary and downloads it first when it is missing; that runs in a child process with a time
 * limit, because on a filtering network the download may hang rather than fail.
 */
function findElectron() {
  if (process.env.VLINDER_BROWSER === '1') return { reason: 'VLINDER_BROWSER=1' };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return { reason: 'geen beeldscherm (DISPLAY)' };
  let entry;
  try {
    entry = require.resolve('electron');
  } catch {
    return { reason: 'pakket electron niet geïnstalleerd' };
  }
  const timeout = Number(process.env.VLINDER_ELECTRON_TIMEOUT_MS) || 180_000;
  const found = spawnSync(process.execPath, ['-e', 'process.stdout.write("\\n" + require(process.argv[1]))', entry], { encoding: 'utf8', timeout });
  const path = found.status === 0 ? found.stdout.trim().split('\n').pop() : '';
  if (!path || !existsSync(path)) return { reason: found.error?.code === 'ETIMEDOUT' ? 'downloaden duurde te lang' : 'programma niet gevonden of niet te downloaden' };
  const version = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (version.status !== 0 || !/^v\d+/.test(version.stdout.trim())) return { reason: 'programma start niet' };
  return { path };
}

function forwardSignals(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function openBrowser(url) {
  if (process.env.VLINDER_NO_OPEN === '1') return;
  const [command, commandArgs] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['rundll32', ['url.dll,FileProtocolHandler', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, commandArgs, { stdio: 'ignore', detached: true });
    child.on('error', () => {}); // No opener on this machine: the printed address is enough.
    child.unref();
  } catch {
    // Same: the address is printed.
  }
}

function startBrowserMode(reason) {
  process.stdout.write(
    `\nVlinder kon de desktopomgeving (Electron) niet vinden of downloaden (${reason}). Dat gebeurt vaak op ` +
      'gemeentelijke netwerken die downloads van buiten afschermen. Vlinder start daarom in browsermodus: ' +
      'dezelfde app in uw eigen browser, alleen bereikbaar vanaf deze computer, en uw werk wordt net zo bewaard. ' +
      'Opent de browser niet vanzelf, open dan het adres hieronder.\n\n' +
      'Vlinder could not find or download its desktop runtime (Electron) — common on municipal networks that ' +
      'block outside downloads — so it starts in browser mode instead: the same app in your own browser, ' +
      'reachable only from this computer. If no browser opens, open the address below.\n\n',
  );
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'web.mjs'), ...args], { cwd: ROOT, stdio: ['inherit', 'pipe', 'inherit'] });
  let pending = '';
  let opened = false;
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    if (opened) return;
    pending += chunk.toString('utf8');
    const url = /^(http:\/\/127\.0\.0\.1:\d+\/\S*)$/m.exec(pending)?.[1];
    if (url) {
      opened = true;
      openBrowser(url);
    }
  });
  forwardSignals(child);
}

buildIfNeeded();
const electron = findElectron();
if (electron.path) {
  const file = args.find((a) => /\.vlinder$/i.test(a));
  forwardSignals(spawn(electron.path, [ROOT, ...(file ? [resolve(file)] : [])], { cwd: ROOT, stdio: 'inherit' }));
} else {
  startBrowserMode(electron.reason);
}
