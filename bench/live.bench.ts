/**
 * Live scoring under load (DESIGN.md §8): 60 simulated participants score 20 risks on two
 * criteria through the real participant server, while the facilitator follows through the real
 * web host (`POST /api/call` → `live.status` long poll), all on 127.0.0.1 in this one process.
 * Every phone also keeps its own state long poll open. Per vote: the time from sending it to the facilitator's first status that holds it. Reported:
 * votes lost (must be 0: the final tallies must equal every participant's last accepted vote),
 * the p95 latency in the median column (the budget is on p95: < 500 ms), p50/max, memory.
 * Bounded: one round per risk, each participant votes at most three times per risk, and the
 * whole run stops itself after RUN_LIMIT_MS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../src/main/core/createCore.ts';
import { createStorage } from '../src/main/storage/createStorage.ts';
import { startWebHost } from '../src/main/web/server.ts';
import { createDispatch } from '../src/shared/api/dispatch.ts';
import type { LiveStatus } from '../src/shared/api/methods/live.ts';
import { generateProject } from '../tests/builders/generateProject.ts';
import type { Bench } from './lib.ts';

const LOOPBACK = '127.0.0.1';
const PARTICIPANTS = 60;
const RISKS = 20;
const CRITERIA = ['likelihood', 'impact'];
const RUN_LIMIT_MS = 120_000;

const pct = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function run() {
  const root = mkdtempSync(join(tmpdir(), 'vlinder-bench-live-'));
  const doc = generateProject({ risks: 30, workedOut: 5, seed: 7 });
  for (const r of Object.values(doc.risks)) r.confidentiality = 'public';
  const storage = createStorage({ dataDir: join(root, 'data'), appVersion: 'bench' });
  const core = createCore({ storage, host: 'cli', appVersion: 'bench', formatVersion: 1, loadExample: async () => doc, liveAddresses: () => [{ name: 'lo', address: LOOPBACK, internal: true }] });
  const web = await startWebHost({ dispatch: createDispatch(core.handlers), staticDir: root, port: 0 });
  const deadline = performance.now() + RUN_LIMIT_MS;
  const api = async <T>(method: string, args: object): Promise<T> => {
    const res = await fetch(`http://${LOOPBACK}:${web.port}/api/call`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-vlinder-token': web.secret }, body: JSON.stringify({ method, args }) });
    const body = (await res.json()) as { ok: boolean; value: T; error?: unknown };
    if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
    return body.value;
  };
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  let peakRss = rssBefore;
  const memTimer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  try {
    const { sessionId } = await api<{ sessionId: string }>('project.openExample', {});
    const riskIds = Object.values(doc.risks).sort((a, b) => a.order - b.order).slice(0, RISKS).map((r) => r.id);
    let status = await api<LiveStatus>('live.start', { sessionId, name: 'Bench', riskIds, criteria: CRITERIA, address: LOOPBACK });
    const base = status.address;

    // The facilitator's screen: long polls, remembering when each version was first seen.
    const seen: { version: number; at: number }[] = [];
    let following = true;
    const follow = (async () => {
      while (following && performance.now() < deadline) {
        const next = await api<LiveStatus>('live.status', { liveId: status.liveId, after: status.version, waitMs: 2000 });
        seen.push({ version: next.version, at: performance.now() });
        status = next;
      }
    })();

    const tokens = await Promise.all(
      Array.from({ length: PARTICIPANTS }, async (_, i) => {
        const r = await fetch(`${base}api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: status.code, name: i % 3 ? `Deelnemer ${i}` : '' }) });
        return ((await r.json()) as { token: string }).token;
      }),
    );
    // Every phone follows the session too (long poll on its state), as the real page does.
    const phones = tokens.map(async (token) => {
      let v = -1;
      while (following && performance.now() < deadline) {
        const r = await fetch(`${base}api/state?v=${v}`, { headers: { authorization: `Bearer ${token}` } }).catch(() => null);
        if (!r) break;
        const body = (await r.json()) as { v?: number; ended?: boolean };
        if (r.status !== 200 || body.ended) break;
        v = body.v ?? v;
      }
    });
    const sent: { at: number; version: number }[] = [];
    const refused: number[] = [];
    /** participant → risk|criterion → last accepted value. */
    const last = new Map<string, number>();
    const vote = async (p: number, riskId: string, criterion: string, value: number) => {
      const at = performance.now();
      const r = await fetch(`${base}api/vote`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[p]}` }, body: JSON.stringify({ riskId, criterion, value }) });
      const body = (await r.json()) as { version?: number };
      if (r.status !== 200 || body.version === undefined) return void refused.push(r.status);
      sent.push({ at, version: body.version });
      last.set(`${p}|${riskId}|${criterion}`, value);
    };

    for (let i = 0; i < RISKS && performance.now() < deadline; i++) {
      if (i > 0) await api('live.show', { liveId: status.liveId, index: i });
      const riskId = riskIds[i]!;
      // Every participant thinks 0–1 s, votes on both criteria, and one in five changes a vote.
      // (A real room takes minutes per risk; this compresses it to about a second.)
      await Promise.all(
        tokens.map(async (_, p) => {
          await sleep(Math.random() * 1000);
          for (const criterion of CRITERIA) await vote(p, riskId, criterion, 1 + ((p + i + criterion.length) % 5));
          if (p % 5 === 0) await vote(p, riskId, 'impact', 1 + ((p + i) % 5));
        }),
      );
      await api('live.round', { liveId: status.liveId, riskId, open: false });
    }
    await sleep(300);
    following = false;
    await follow;
    const final = await api<LiveStatus>('live.status', { liveId: status.liveId });
    let lost = refused.length;
    for (const [i, riskId] of riskIds.entries()) {
      for (const criterion of CRITERIA) {
        const expected = [0, 0, 0, 0, 0];
        for (let p = 0; p < PARTICIPANTS; p++) {
          const v = last.get(`${p}|${riskId}|${criterion}`);
          if (v !== undefined) expected[v - 1]! += 1;
        }
        const got = final.risks[i]!.tallies[criterion]!.counts;
        lost += expected.reduce((sum, n, k) => sum + Math.abs(n - (got[k] ?? 0)), 0);
      }
    }
    const latencies = sent.map((s) => (seen.find((x) => x.version >= s.version)?.at ?? Infinity) - s.at).sort((a, b) => a - b);
    const record = await api<{ votes: unknown[]; participants: unknown[] }>('live.stop', { liveId: status.liveId });
    await Promise.all(phones);
    if (lost > 0) throw new Error(`${lost} votes lost (refused: ${JSON.stringify(refused.slice(0, 10))})`);
    return {
      median_ms: pct(latencies, 0.95),
      extra: {
        measure: 'p95 latency vote → facilitator status',
        votes: sent.length,
        votes_lost: lost,
        stored_votes: record.votes.length,
        participants: record.participants.length,
        p50_ms: Math.round(pct(latencies, 0.5) * 10) / 10,
        max_ms: Math.round(latencies[latencies.length - 1]! * 10) / 10,
        facilitator_updates: seen.length,
        rss_peak_delta_mb: Math.round(((peakRss - rssBefore) / 2 ** 20) * 10) / 10,
        heap_delta_mb: Math.round(((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20) * 10) / 10,
      },
    };
  } finally {
    clearInterval(memTimer);
    await core.handlers['live.current']({}).then((cur) => cur && core.handlers['live.stop']({ liveId: cur.liveId }));
    await web.close();
    core.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
}

export const benches: Bench[] = [{ name: 'live scoring 60 participants × 20 risks: vote → facilitator (p95)', budget_ms: 500, run }];
