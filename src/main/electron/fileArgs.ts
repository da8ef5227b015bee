/** Finding the project file the user asked to open on a command line (file association, CLI). */
import { resolve } from 'node:path';

/**
 * The first `.vlinder` path in `argv`, resolved against `cwd`. The executable (`argv[0]`), and
 * every flag (Chromium adds its own on a second launch) are skipped; so is the app folder that
 * `electron .` passes in development.
 */
export function vlinderFileFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (/\.vlinder$/i.test(arg)) return resolve(cwd, arg);
  }
  return null;
}
