/** Runs the CLI host in-process and keeps what it printed, as a terminal would show it. */
import { runCli } from '../../src/main/cli/main.ts';

export async function runCaptured(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
