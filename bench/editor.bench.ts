/**
 * Browser benchmarks of the bow-tie editor (DESIGN.md §8), in Debian's Chromium, each at
 * 50 → 1 600 elements and each against bare React Flow on the same nodes and edges in the same
 * run (ratio):
 * - first paint of the bow-tie in the editor's canvas (ratio budget ≤ 1.25 at 400);
 * - rename → repainted: a rename that wraps the label one line more, from the edit to the frame
 *   that shows it, against React Flow's one-node update (ratio budget ≤ 2 at every size);
 * - keystroke-to-paint latency while typing a label in place, against typing in a plain text
 *   field over the bare canvas; for information the commit of that label (Enter → painted).
 * The two pages (bench/fixtures/editor, bench/fixtures/bare) are built with Vite into a temporary
 * folder and served from 127.0.0.1. Loads alternate between the pages so both see the same
 * machine state. Run with `npm run bench -- editor`.
 */
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { layoutBowtie } from '../src/shared/layout/bowtieLayout.ts';
import { currentLabel, longerBy, rename } from '../tests/shared/layout/rename.ts';
import { bowtieOfSize } from './fixtures/bowtieOfSize.ts';
import type { BenchWindow as PageWindow, RenameStep } from './fixtures/pageApi.ts';
import { atSizes, median, type Bench } from './lib.ts';

/** What the pages expose (see bench/fixtures/paintProbe.tsx); the callbacks below run in Chromium. */
type BenchWindow = PageWindow;
// Only for typing the in-page callbacks: this file is type-checked as Node code.
declare const window: BenchWindow;
declare const document: { querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }> };

const HERE = fileURLToPath(new URL('.', import.meta.url));
const FIXTURES = join(HERE, 'fixtures');
const LOADS = Number(process.env['VLINDER_BENCH_LOADS'] ?? 10);
const SIZES = [50, 200, 400, 800, 1600];
const RENAMES = 24;
const KEYS = 40;

interface Site {
  url: string;
  browser: Browser;
}

let built: Promise<string> | null = null;

/** Builds both pages once per run into a temporary folder (removed when the process exits). */
function buildPages(): Promise<string> {
  built ??= (async () => {
    const out = mkdtempSync(join(tmpdir(), 'vlinder-bench-editor-'));
    process.once('exit', () => rmSync(out, { recursive: true, force: true }));
    await build({
      configFile: false,
      root: FIXTURES,
      base: './',
      logLevel: 'error',
      oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
      build: {
        outDir: out,
        emptyOutDir: true,
        rolldownOptions: { input: { editor: join(FIXTURES, 'editor/index.html'), bare: join(FIXTURES, 'bare/index.html') } },
      },
    } as Parameters<typeof build>[0]);
    return out;
  })();
  return built;
}

/** Serves the pages and starts Chromium for one benchmark; both are stopped when it ends. */
async function withSite<T>(fn: (site: Site) => Promise<T>): Promise<T> {
  const server = await serve(await buildPages());
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    return await fn({ url: `http://127.0.0.1:${port}`, browser });
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^[/\\]+/, '');
    const file = resolve(root, path);
    if (!file.startsWith(root) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

async function load(browser: Browser, url: string): Promise<{ page: Page; ms: number; nodes: number; edges: number }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  const ms = await page.evaluate(() => window.__paint!);
  const counts = await page.evaluate(() => window.__counts!);
  if (errors.length) throw new Error(`page error in ${url}: ${errors[0]}`);
  return { page, ms, ...counts };
}

/**
 * Renames that each change how a label wraps: five boxes spread over the bow-tie (of every
 * kind the spread meets), each in turn one line longer and back again, with the height the
 * layout gives the box (for the bare page's one-node update).
 */
function renameSteps(size: number): RenameStep[] {
  const { doc, riskId } = bowtieOfSize(size);
  const nodes = layoutBowtie(doc, riskId).nodes;
  const picks = [0.2, 0.35, 0.5, 0.65, 0.8].map((f) => nodes[Math.floor(f * nodes.length)]!);
  const heightOf = (key: string) => layoutBowtie(doc, riskId).nodes.find((n) => n.key === key)!.height;
  const there: RenameStep[] = [];
  const back: RenameStep[] = [];
  for (const node of picks) {
    const label = currentLabel(doc, riskId, node.key);
    const longer = longerBy(node, label, 1)!;
    back.push({ key: node.key, label, height: node.height });
    rename(doc, riskId, node.key, longer);
    there.push({ key: node.key, label: longer, height: heightOf(node.key) });
    rename(doc, riskId, node.key, label);
  }
  const steps: RenameStep[] = [];
  for (let i = 0; steps.length < RENAMES; i++) steps.push(there[i % there.length]!, back[i % back.length]!);
  return steps.slice(0, RENAMES);
}

async function renameTimes(page: Page, steps: readonly RenameStep[]): Promise<number[]> {
  await page.bringToFront();
  const times: number[] = [];
  for (const step of steps) times.push(await page.evaluate((s) => window.__rename!(s), step));
  return times;
}

async function typingLatencies(page: Page, startEdit: (page: Page) => Promise<void>): Promise<number[]> {
  await page.bringToFront();
  await startEdit(page);
  const text = 'Aangescherpt toezicht op verhuur van agrarische opstallen';
  for (const ch of text.slice(0, KEYS)) await page.keyboard.type(ch, { delay: 35 });
  await page.waitForFunction((n) => (window.__latencies ?? []).length >= n, KEYS, { timeout: 10_000 });
  return (await page.evaluate(() => window.__latencies!)).slice(0, KEYS);
}

const BARE = 'bare React Flow, default nodes and edges, same positions';

export const benches: Bench[] = [
  ...atSizes(
    'editor: first paint of the bow-tie vs bare React Flow (ratio)',
    SIZES,
    (size) =>
      withSite(async ({ url, browser }) => {
        const editor: number[] = [];
        const bare: number[] = [];
        let counts = { nodes: 0, edges: 0 };
        for (let i = 0; i < LOADS + 2; i++) {
          const e = await load(browser, `${url}/editor/index.html?size=${size}`);
          const b = await load(browser, `${url}/bare/index.html?size=${size}`);
          await e.page.close();
          await b.page.close();
          if (e.nodes !== b.nodes || e.edges !== b.edges) throw new Error(`pages differ: ${e.nodes}/${e.edges} vs ${b.nodes}/${b.edges}`);
          counts = { nodes: e.nodes, edges: e.edges };
          if (i < 2) continue; // warm-up loads
          editor.push(e.ms);
          bare.push(b.ms);
        }
        return { median_ms: median(editor), baseline_ms: median(bare), extra: { nodes: counts.nodes, edges: counts.edges, loads: LOADS, ...(size === 400 ? { ratio_budget: 1.25 } : {}), baseline: BARE } };
      }),
    { unit: 'elements' },
  ),
  ...atSizes(
    'editor: rename that wraps one line more → repainted vs bare React Flow one-node update (ratio)',
    SIZES,
    (size) =>
      withSite(async ({ url, browser }) => {
        const steps = renameSteps(size);
        const { page: editor } = await load(browser, `${url}/editor/index.html?size=${size}`);
        const { page: bare } = await load(browser, `${url}/bare/index.html?size=${size}`);
        // Two rounds each, alternating, so both pages see the same machine; the first rename of each is a warm-up.
        const half = steps.length / 2;
        const e = [...(await renameTimes(editor, steps.slice(0, half))).slice(1)];
        const b = [...(await renameTimes(bare, steps.slice(0, half))).slice(1)];
        e.push(...(await renameTimes(editor, steps.slice(half))));
        b.push(...(await renameTimes(bare, steps.slice(half))));
        await editor.close();
        await bare.close();
        return { median_ms: median(e), baseline_ms: median(b), extra: { renames: e.length, max_ms: Math.round(Math.max(...e)), ratio_budget: 2, baseline: 'bare React Flow: setNodes with the one node\'s new label and height' } };
      }),
    { unit: 'elements' },
  ),
  ...atSizes(
    'editor: keystroke-to-paint latency of a label edit vs a plain text field over bare React Flow (ratio)',
    SIZES,
    (size) =>
      withSite(async ({ url, browser }) => {
        const { page: editor } = await load(browser, `${url}/editor/index.html?size=${size}`);
        const { page: bare } = await load(browser, `${url}/bare/index.html?size=${size}`);
        const e = await typingLatencies(editor, async (page) => {
          const key = await page.evaluate(() => {
            const hits = document.querySelectorAll('[data-testid="node-measure"] .bt-hit');
            return hits[Math.floor(hits.length / 3)]!.getAttribute('data-node-key')!;
          });
          await page.evaluate((k) => window.__startEdit!(k), key);
          await page.waitForSelector('.bt-inline-editor:focus', { timeout: 10_000 });
        });
        await editor.keyboard.press('Enter');
        const commit = await editor.evaluate(() => window.__commit!);
        const b = await typingLatencies(bare, async (page) => {
          await page.evaluate(() => window.__startEdit!(''));
          await page.waitForSelector('#typing:focus', { timeout: 10_000 });
        });
        await editor.close();
        await bare.close();
        return { median_ms: median(e), baseline_ms: median(b), extra: { keystrokes: KEYS, max_ms: Math.round(Math.max(...e) * 10) / 10, commit_to_paint_ms: Math.round(commit * 10) / 10 } };
      }),
    { unit: 'elements' },
  ),
];
