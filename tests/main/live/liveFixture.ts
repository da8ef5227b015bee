/**
 * A core with a scoring session running on 127.0.0.1 (the only address tests ever talk to), and
 * a small HTTP client that can set any header, as a hostile page or device could.
 */
import { request } from 'node:http';
import { afterEach } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/createCore.ts';
import { createStorage } from '../../../src/main/storage/createStorage.ts';
import type { LiveStatus } from '../../../src/shared/api/methods/live.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { addRisk } from '../../../src/shared/model/ops/risks.ts';
import { useTempDirs } from '../../storage/tempDirs.ts';

export const LOOPBACK = '127.0.0.1';

/** A project with `count` risks R01.., the last one confidential, with text that must never reach a phone. */
export function liveDoc(count = 4): ProjectDoc {
  const doc = newProjectDoc({ title: 'Werksessie test', municipality: 'Voorbeeld' });
  for (let i = 1; i <= count; i++) {
    const id = addRisk(doc, { title: `Risico ${i}` });
    const risk = doc.risks[id]!;
    risk.description = `Omschrijving van risico ${i}.`;
    risk.hazard = `GEHEIM-gevaar-${i}`;
    risk.evidence = `GEHEIM-onderbouwing-${i}`;
    if (i === count) {
      risk.confidentiality = 'confidential';
      risk.title = `GEHEIM-titel-${i}`;
    }
  }
  return doc;
}

export function useLiveCore() {
  const tempDir = useTempDirs();
  let core: Core | null = null;
  afterEach(async () => {
    const c = core;
    core = null;
    if (!c) return;
    const cur = await c.handlers['live.current']({});
    if (cur) await c.handlers['live.stop']({ liveId: cur.liveId });
    c.shutdown();
  });
  return async function start(opts: { doc?: ProjectDoc; risks?: number; criteria?: string[] } = {}): Promise<{ core: Core; doc: ProjectDoc; sessionId: string; live: LiveStatus }> {
    const doc = opts.doc ?? liveDoc();
    const storage = createStorage({ dataDir: tempDir(), appVersion: 'test' });
    core = createCore({ storage, host: 'cli', appVersion: 'test', formatVersion: 1, loadExample: async () => doc, liveAddresses: () => [{ name: 'lo', address: LOOPBACK, internal: true }] });
    const { sessionId } = await core.handlers['project.openExample']({});
    const shareable = Object.values(doc.risks).filter((r) => r.confidentiality !== 'confidential').sort((a, b) => a.order - b.order);
    const live = await core.handlers['live.start']({ sessionId, name: 'Werksessie 2 december', riskIds: shareable.slice(0, opts.risks ?? shareable.length).map((r) => r.id), criteria: opts.criteria ?? ['likelihood', 'impact'], address: LOOPBACK });
    return { core, doc, sessionId, live };
  };
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: Record<string, unknown>;
}

/** One HTTP request to the participant server, with full control over the headers. */
export function send(url: string, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string | object; token?: string } = {}): Promise<Reply> {
  const u = new URL(path, url);
  if (u.hostname !== LOOPBACK) throw new Error('tests talk to 127.0.0.1 only');
  const body = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  const headers: Record<string, string> = { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...opts.headers };
  return new Promise((resolve, reject) => {
    const req = request({ agent: false, host: LOOPBACK, port: u.port, path: u.pathname + u.search, method: opts.method ?? (body !== undefined ? 'POST' : 'GET'), headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => {
        let json: Record<string, unknown> = {};
        try {
          json = JSON.parse(text) as Record<string, unknown>;
        } catch {
          /* not JSON: a page or a script */
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Joins with the session's code; returns the participant's token. */
export async function join(live: LiveStatus, name = ''): Promise<string> {
  const r = await send(live.address, '/api/join', { body: { code: live.code, name } });
  if (r.status !== 200) throw new Error(`join failed: ${r.status} ${r.text}`);
  return r.json['token'] as string;
}
