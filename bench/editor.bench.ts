/**
 * Browser benchmarks of the bow-tie editor (DESIGN.md §8), in Debian's Chromium:
 * - first paint of a 400-element bow-tie in the editor's canvas, against bare React Flow
 *   rendering the same nodes and edges in the same run (ratio; budget ≤ 1.25);
 * - keystroke-to-paint latency while typing a label in place on that bow-tie (median), and for
 *   information the commit of that label (Enter → relaid-out canvas painted).
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
import { median, type Bench } from './lib.ts';

/** What the pages expose (see bench/fixtures/paintProbe.tsx); the callbacks below run in Chromium. */
interface BenchWindow {
  __paint?: Promise<number>;
  __counts?: { nodes: number; edges: number };
  __startEdit?: (key: string) => void;
  __latencies?: number[];
  __commit?: Promise<number>;
}
// Only for typing the in-page callbacks: this file is type-checked as Node code.
declare const window: BenchWindow;
declare const document: { querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null }> };

const HERE = fileURLToPath(new URL('.', import.meta.url));
const FIXTURES = join(HERE, 'fixtures');
const LOADS = Number(process.env['VLINDER_BENCH_LOADS'] ?? 16);
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

export const benches: Bench[] = [
  {
    name: 'editor: first paint of a 400-element bow-tie vs bare React Flow (ratio)',
    run: () =>
      withSite(async ({ url, browser }) => {
      const editor: number[] = [];
      const bare: number[] = [];
      let counts = { nodes: 0, edges: 0 };
      for (let i = 0; i < LOADS + 2; i++) {
        const e = await load(browser, `${url}/editor/index.html`);
        const b = await load(browser, `${url}/bare/index.html`);
        await e.page.close();
        await b.page.close();
        if (e.nodes !== b.nodes || e.edges !== b.edges) throw new Error(`pages differ: ${e.nodes}/${e.edges} vs ${b.nodes}/${b.edges}`);
        counts = { nodes: e.nodes, edges: e.edges };
        if (i < 2) continue; // warm-up loads
        editor.push(e.ms);
        bare.push(b.ms);
      }
      const m = median(editor);
      const base = median(bare);
      return { median_ms: m, baseline_ms: base, extra: { nodes: counts.nodes, edges: counts.edges, loads: LOADS, ratio_budget: 1.25, baseline: 'bare React Flow, default nodes and edges, same positions' } };
      }),
  },
  {
    name: 'editor: keystroke-to-paint latency of a label edit (400-element bow-tie)',
    run: () =>
      withSite(async ({ url, browser }) => {
      const { page } = await load(browser, `${url}/editor/index.html`);
      const key = await page.evaluate(() => document.querySelectorAll('[data-testid="node-measure"] .bt-hit')[100]!.getAttribute('data-node-key')!);
      await page.evaluate((k) => window.__startEdit!(k), key);
      await page.waitForSelector('.bt-inline-editor:focus', { timeout: 10_000 });
      const text = 'Aangescherpt toezicht op verhuur van agrarische opstallen';
      for (const ch of text.slice(0, KEYS)) await page.keyboard.type(ch, { delay: 35 });
      await page.waitForFunction((n) => (window.__latencies ?? []).length >= n, KEYS, { timeout: 10_000 });
      const latencies = await page.evaluate(() => window.__latencies!);
      await page.keyboard.press('Enter');
      const commit = await page.evaluate(() => window.__commit!);
      await page.close();
      return { median_ms: median(latencies.slice(0, KEYS)), extra: { keystrokes: KEYS, max_ms: Math.round(Math.max(...latencies) * 10) / 10, commit_to_paint_ms: Math.round(commit * 10) / 10 } };
      }),
  },
];
