/**
 * The real web host over the real core (temporary data folder, a static folder with a page), as
 * the fuzzers and the hostile corpus meet it, plus the raw socket they talk to it through.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHostCore } from '../../src/main/hostCore.ts';
import { startWebHost, type WebHost } from '../../src/main/web/server.ts';
import { createDispatch } from '../../src/shared/api/dispatch.ts';

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
export function send(port: number, bytes: string | Buffer, quietMs = 120): Promise<{ status: number; text: string }> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let timer: NodeJS.Timeout | undefined;
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      socket.destroy();
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      done({ status: m ? Number(m[1]) : 0, text });
    };
    const quiet = () => {
      clearTimeout(timer);
      timer = setTimeout(finish, quietMs);
    };
    socket.on('data', (d) => {
      text += d.toString('latin1');
      quiet();
    });
    socket.on('error', finish);
    socket.on('close', finish);
    socket.write(bytes, () => quiet());
  });
}

/** A valid API call with the header secret; true if the host answered it properly. */
export async function answersValidCall(h: WebHost): Promise<boolean> {
  const body = JSON.stringify({ method: 'app.info', args: {} });
  const req = `POST /api/call HTTP/1.1\r\nhost: 127.0.0.1:${h.port}\r\ncontent-type: application/json\r\nx-vlinder-token: ${h.secret}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`;
  const res = await send(h.port, req, 2000);
  return res.status === 200 && res.text.includes('"ok":true');
}
