/** Runs a TypeScript child script with Node's type stripping and collects its stdout lines. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface Child {
  process: ChildProcess;
  /** Resolves with the first line for which `predicate` is true. */
  waitFor(predicate: (line: string) => boolean): Promise<string>;
  /** Every line so far. */
  lines: string[];
  /** Resolves once the process has exited and its stdout is drained. */
  exited: Promise<void>;
}

export function runChild(script: string, args: string[]): Child {
  const path = fileURLToPath(new URL(`./children/${script}`, import.meta.url));
  const proc = spawn(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', path, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters: { predicate: (l: string) => boolean; resolve: (l: string) => void }[] = [];
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const rl = createInterface({ input: proc.stdout! });
  rl.on('line', (line) => {
    lines.push(line);
    for (const w of [...waiters]) {
      if (w.predicate(line)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  const closed = new Promise<void>((resolve) => rl.on('close', () => resolve()));
  const exited = Promise.all([closed, new Promise<void>((resolve) => proc.on('exit', () => resolve()))]).then(() => undefined);
  return {
    process: proc,
    lines,
    exited,
    waitFor(predicate) {
      const found = lines.find(predicate);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        waiters.push({ predicate, resolve });
        void exited.then(() => reject(new Error(`child exited before the expected line; stderr: ${stderr.slice(0, 2000)}`)));
      });
    },
  };
}
