/**
 * The built renderer in real Chromium under the Electron host's conditions, as far as they exist
 * without Electron: every file comes from the app protocol handler (its CSP and content types),
 * `window.vlinder` is the bridge (calls go to the IPC handler with our renderer as sender), and
 * any other request is blocked and recorded. The renderer must start, use the bridge rather than
 * HTTP, and show the project the host opened at start.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, vi } from 'vitest';
import { createDispatch } from '../../../src/shared/api/dispatch.ts';
import { appResponse } from '../../../src/main/electron/appProtocol.ts';
import { callHandler } from '../../../src/main/electron/ipc.ts';
import { CHROMIUM_ARGS, findChromium } from '../../../src/main/export/print/chromiumPrinter.ts';
import { createHostCore } from '../../../src/main/hostCore.ts';
import { hasTool, itWithTools } from '../../tools/externalTools.ts';

vi.mock('electron', () => import('./fakeElectron.ts'));

const ROOT = join(import.meta.dirname, '..', '..', '..');
const work = mkdtempSync(join(tmpdir(), 'vlinder-renderer-bridge-'));
// Chromium cannot load an app:// page without Electron; an https origin that never reaches the
// network stands in for it, and its requests are answered by the app protocol handler.
const ORIGIN = 'https://vlinder.invalid';
let browser: Browser | null = null;
const core = createHostCore({ host: 'electron', dataDir: join(work, 'data'), resourcesDir: join(ROOT, 'resources') });
const ipc = callHandler(createDispatch(core.handlers));
const fromRenderer = { senderFrame: { url: 'app://vlinder/index.html', parent: null } } as unknown as IpcMainInvokeEvent;

afterAll(async () => {
  await browser?.close();
  core.shutdown();
  rmSync(work, { recursive: true, force: true });
});

beforeAll(() => {
  if (!hasTool('chromium')) return; // the one test below is then skipped, with the reason
  const cli = join(dirname(createRequire(join(ROOT, 'package.json')).resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
  const built = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, env: { ...process.env, VLINDER_OUT_DIR: join(work, 'out') }, encoding: 'utf8', timeout: 120_000 });
  if (built.status !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
}, 150_000);

itWithTools(['chromium'], 'starts over the bridge and shows the project the host opened', async () => {
  const start = await core.handlers['project.create']({ title: 'Veiligheidsbeeld Rivierenland', municipality: 'Rivierenland' });
  core.setStartSession(start.sessionId);

  browser = await chromium.launch({
    executablePath: findChromium()!,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage();
  const foreign: string[] = [];
  const problems: string[] = [];
  const calls: string[] = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) {
      foreign.push(url.href);
      return route.abort('blockedbyclient');
    }
    const res = await appResponse({ url: `app://vlinder${url.pathname}`, method: route.request().method() }, join(work, 'out', 'renderer'));
    return route.fulfill({ status: res.status, headers: Object.fromEntries(res.headers), body: Buffer.from(await res.arrayBuffer()) });
  });
  await page.exposeFunction('__vlinderIpc', (method: string, args: unknown) => {
    calls.push(method);
    return ipc(fromRenderer, method, args);
  });
  // What preload.ts exposes, with the IPC round trip replaced by the exposed function.
  await page.addInitScript(() => {
    const w = globalThis as unknown as { vlinder: unknown; __vlinderIpc: (m: string, a: unknown) => Promise<unknown> };
    w.vlinder = Object.freeze({ call: (m: string, a: unknown) => w.__vlinderIpc(m, a), onCommand: () => () => {}, platform: 'electron' });
  });

  await page.goto(`${ORIGIN}/index.html`);
  await expect.poll(() => page.getByText('Veiligheidsbeeld Rivierenland').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  expect(calls).toContain('app.info');
  expect(calls).toContain('project.get');
  expect(foreign).toEqual([]);
  expect(problems).toEqual([]);
}, 60_000);
