/**
 * Test helpers for the web host at the byte level: a request written as raw text on a socket
 * (so duplicated or malformed headers reach the server as a stranger would send them), and a
 * small host with a static folder in a temporary directory.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost, type WebHost, type WebHostOptions } from '../../../src/main/web/server.ts';
import type { Dispatch } from '../../../src/shared/api/dispatch.ts';

export interface RawAnswer {
  /** 0 when the connection closed without a status line. */
  status: number;
  text: string;
}

/** Writes `bytes` to the host and collects everything it answers until it closes or goes quiet. */
export function rawRequest(port: number, bytes: string | Buffer, quietMs = 300): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let timer: NodeJS.Timeout | undefined;
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : 0, text });
    };
    const quiet = () => {
      clearTimeout(timer);
      timer = setTimeout(done, quietMs);
    };
    socket.on('data', (d) => {
      text += d.toString('latin1');
      quiet();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(bytes, () => quiet());
  });
}

/** A GET/POST written by hand; `headers` is a list so that names may repeat. */
export function rawHttp(method: string, path: string, headers: [string, string][], body = ''): string {
  const lines = [`${method} ${path} HTTP/1.1`, ...headers.map(([k, v]) => `${k}: ${v}`)];
  if (body) lines.push(`content-length: ${Buffer.byteLength(body)}`);
  return `${lines.join('\r\n')}\r\nconnection: close\r\n\r\n${body}`;
}

export const echoDispatch: Dispatch = async (method, args) => ({ ok: true, value: { method, args } });

export interface TestHost {
  host: WebHost;
  logged: string[];
  stop(): Promise<void>;
}

export async function startTestHost(opts: Partial<WebHostOptions> = {}): Promise<TestHost> {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Vlinder</title>');
  const logged: string[] = [];
  const host = await startWebHost({ dispatch: echoDispatch, staticDir: dir, port: 0, maxBodyBytes: 4096, log: (l) => logged.push(l), ...opts });
  return {
    host,
    logged,
    async stop() {
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A valid API call with the header secret: proves the host still answers. */
export async function stillAnswers(h: WebHost, quietMs?: number): Promise<boolean> {
  const body = JSON.stringify({ method: 'app.info', args: {} });
  const res = await rawRequest(h.port, rawHttp('POST', '/api/call', [['host', `127.0.0.1:${h.port}`], ['content-type', 'application/json'], ['x-vlinder-token', h.secret]], body), quietMs);
  return res.status === 200 && res.text.includes('"ok":true');
}
