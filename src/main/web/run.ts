/**
 * `npm run web -- [--port N] [FILE]`: starts the loopback web host, prints its address (with the
 * per-launch secret) on a line of its own, and stops cleanly on Ctrl+C / SIGTERM.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDispatch } from '../../shared/api/dispatch.ts';
import { describeError } from '../host/describeError.ts';
import { parseArgs } from '../host/parseArgs.ts';
import { createHostCore, defaultDataDir } from '../hostCore.ts';
import { startWebHost } from './server.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export async function runWeb(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, ['port', 'data-dir']);
  } catch (err) {
    process.stderr.write(`vlinder web: ${describeError(err)}\nGebruik: npm run web -- [--port N] [BESTAND.vlinder]\n`);
    return 2;
  }
  const port = args.options['port'] === undefined ? 0 : Number(args.options['port']);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write('vlinder web: --port moet een poortnummer zijn (0–65535).\n');
    return 2;
  }
  const staticDir = join(ROOT, 'out', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    process.stderr.write('vlinder web: de gebruikersinterface is nog niet gebouwd. Voer eerst "npm run build" uit.\n');
    return 1;
  }
  const dataDir = typeof args.options['data-dir'] === 'string' ? args.options['data-dir'] : defaultDataDir();
  const core = createHostCore({ host: 'web', dataDir, resourcesDir: join(ROOT, 'resources') });
  const file = args.positionals[0];
  if (file !== undefined) {
    const opened = await core.handlers['project.open']({ path: resolve(file) }).catch((err: unknown) => {
      process.stderr.write(`vlinder web: ${describeError(err)}\n`);
      return null;
    });
    if (!opened) {
      core.shutdown();
      return 1;
    }
    core.setStartSession(opened.sessionId);
  }
  const dispatch = createDispatch(core.handlers, (err, method) => process.stderr.write(`interne fout in ${method}: ${describeError(err)}\n`));
  const host = await startWebHost({ dispatch, staticDir, port });
  process.stdout.write(`Vlinder draait in de browser op:\n${host.url}\n`);

  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  core.shutdown();
  process.stdout.write('Vlinder is gestopt.\n');
  return 0;
}
