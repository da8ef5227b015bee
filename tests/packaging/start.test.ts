/**
 * `npm start` on a machine without the Electron runtime (this one): one explanation in Dutch and
 * English, then the browser mode on 127.0.0.1 with the file from the command line opened.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newProjectDoc } from '../../src/shared/model/newProject.ts';
import { createStorage } from '../../src/main/storage/createStorage.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const base = mkdtempSync(join(tmpdir(), 'vlinder-start-'));
let child: ChildProcess | null = null;
afterAll(() => {
  if (child && child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
  rmSync(base, { recursive: true, force: true });
});

function projectFile(): string {
  const storage = createStorage({ dataDir: join(base, 'maker'), appVersion: '0.0.0-test' });
  const wc = storage.create(newProjectDoc({ title: 'Startproject' }));
  const path = join(base, 'Startproject.vlinder');
  wc.save(path, { force: false, appVersion: '0.0.0-test' });
  wc.close(true);
  return path;
}

describe('npm start without the desktop runtime', () => {
  it('explains once, starts browser mode with the given file, and stops cleanly', async () => {
    const file = projectFile();
    child = spawn(process.execPath, [join(ROOT, 'bin', 'start.mjs'), '--port', '0', file], {
      cwd: ROOT,
      detached: true,
      env: {
        ...process.env,
        // A display is present, but the Electron binary is not where the electron package says.
        DISPLAY: ':99',
        ELECTRON_OVERRIDE_DIST_PATH: join(base, 'no-electron-here'),
        VLINDER_NO_OPEN: '1',
        VLINDER_DATA_DIR: join(base, 'data'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no address within 60 s:\n${stdout}\n${stderr}`)), 60_000);
      child!.stdout!.on('data', () => {
        const found = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(stdout)?.[1];
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      });
      child!.on('exit', () => reject(new Error(`stopped early:\n${stdout}\n${stderr}`)));
    });

    expect(stdout.match(/Vlinder kon de desktopomgeving \(Electron\) niet vinden of downloaden/g)).toHaveLength(1);
    expect(stdout).toContain('Vlinder could not find or download its desktop runtime (Electron)');
    expect(stdout).toContain('browsermodus');

    // The browser mode answers, and has the file from the command line open.
    const token = new URL(url).searchParams.get('token')!;
    const call = async (method: string, args: unknown) => {
      const res = await fetch(new URL('/api/call', url), { method: 'POST', headers: { 'content-type': 'application/json', 'x-vlinder-token': token }, body: JSON.stringify({ method, args }) });
      return (await res.json()) as { ok: boolean; value: Record<string, unknown> };
    };
    const info = await call('app.info', {});
    expect(info.value).toMatchObject({ host: 'web' });
    const session = await call('project.get', { sessionId: info.value['startSessionId'] });
    expect(session.value['path']).toBe(file);

    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout).toContain('Vlinder is gestopt.');
  }, 90_000);
});
