/**
 * The real web host over the real core (temporary data folder, a static folder with a page), as
 * the fuzzers and the hostile corpus meet it, plus the raw socket they talk to it through.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHostCore } from '../../src/main/hostCore.ts';
import { startWebHost, type WebHost } from '../../src/main/web/server.ts';
import { createDispatch } from '../../src/shared/api/dispatch.ts';
import { rawRequest, stillAnswers, type RawAnswer } from '../main/web/rawHttp.ts';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

export interface FuzzHost {
  host: WebHost;
  logged: string[];
  stop(): Promise<void>;
}

export async function startFuzzHost(): Promise<FuzzHost> {
  const root = mkdtempSync(join(tmpdir(), 'vlinder-fuzz-web-'));
  const staticDir = join(root, 'renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Vlinder</title>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const core = createHostCore({ host: 'web', dataDir: join(root, 'data'), resourcesDir: join(ROOT, 'resources') });
  const logged: string[] = [];
  const host = await startWebHost({ dispatch: createDispatch(core.handlers, (err, m) => logged.push(`intern ${m}: ${String(err)}`)), staticDir, port: 0, maxBodyBytes: 256 * 1024, log: (l) => logged.push(l) });
  return {
    host,
    logged,
    async stop() {
      await host.close();
      core.shutdown();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Sends raw bytes; resolves with the status (0 if the host closed without one) once the host closes or goes quiet. */
export const send = (port: number, bytes: string | Buffer, quietMs = 120): Promise<RawAnswer> => rawRequest(port, bytes, quietMs);

/** A valid API call with the header secret; true if the host answered it properly (patient: the host may be busy). */
export const answersValidCall = (h: WebHost): Promise<boolean> => stillAnswers(h, 2000);
