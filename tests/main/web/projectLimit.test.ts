/**
 * One size limit for project files, the same for the app, the CLI and the web host, refused
 * before a byte is parsed and named in Dutch. A too large answer is logged and said clearly,
 * never a bare HTTP 500 with nothing logged.
 */
import { closeSync, mkdtempSync, openSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHostCore } from '../../../src/main/hostCore.ts';
import { readProjectFile } from '../../../src/main/storage/projectFiles.ts';
import { createDispatch } from '../../../src/shared/api/dispatch.ts';
import { MAX_PROJECT_BYTES } from '../../../src/shared/api/limits.ts';
import type { MessageKey } from '../../../src/shared/i18n/nl.ts';
import { t } from '../../../src/shared/i18n/t.ts';
import { startTestHost, stillAnswers, type TestHost } from './rawHttp.ts';

let t0: TestHost | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await t0?.stop();
  t0 = null;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function sparse(name: string, bytes: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-limit-'));
  dirs.push(dir);
  const path = join(dir, name);
  closeSync(openSync(path, 'w'));
  truncateSync(path, bytes); // costs no disk space
  return path;
}

async function call(host: TestHost, method: string, args: unknown) {
  const { port, secret } = host.host;
  const res = await fetch(`http://127.0.0.1:${port}/api/call`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-vlinder-token': secret }, body: JSON.stringify({ method, args }) });
  return { status: res.status, body: (await res.json()) as { ok: boolean; error?: { code: string; messageKey: string; params: Record<string, string> } } };
}

describe('the project size limit', () => {
  it('is the same for the app through the web host and for the CLI, for .vlinder and .json, in Dutch', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vlinder-limit-data-'));
    dirs.push(dataDir);
    const core = createHostCore({ host: 'web', dataDir, resourcesDir: resolve('resources') });
    try {
      t0 = await startTestHost({ dispatch: createDispatch(core.handlers) });
      const over = MAX_PROJECT_BYTES + 1024 * 1024;
      for (const name of ['groot.vlinder', 'groot.json']) {
        const path = sparse(name, over);
        const viaHost = await call(t0, 'project.open', { path });
        expect(viaHost.status).toBe(200);
        expect(viaHost.body.error).toEqual({ code: 'file.tooLarge', messageKey: 'error.file.tooLarge', params: { size: '101 MB', limit: '100 MB' } });
        expect(() => readProjectFile(path)).toThrow(expect.objectContaining({ code: 'file.tooLarge', params: { size: '101 MB', limit: '100 MB' } }));
        expect(t('nl', viaHost.body.error!.messageKey as MessageKey, viaHost.body.error!.params)).toBe('Het bestand is te groot om te openen (101 MB); een project mag hoogstens 100 MB zijn.');
      }
      expect(t0.logged).toEqual([]);
      expect(await stillAnswers(t0.host)).toBe(true);
    } finally {
      core.shutdown();
    }
  });

  it('an answer too large to send is logged and named, and the host keeps running', async () => {
    // What a very large project did: JSON.stringify of the answer throws a RangeError.
    const huge = { toJSON: () => { throw new RangeError('Invalid string length'); } };
    t0 = await startTestHost({ dispatch: async (method) => (method === 'app.info' ? { ok: true, value: 'klein' } : { ok: true, value: huge }) });
    const res = await call(t0, 'project.get', { sessionId: 'x' });
    expect(res.status).toBe(500);
    expect(res.body.error).toMatchObject({ code: 'file.tooLarge', params: { limit: '100 MB' } });
    expect(t0.logged.join('\n')).toMatch(/project\.get is te groot om te versturen/);
    expect(await stillAnswers(t0.host)).toBe(true);
  });
});
