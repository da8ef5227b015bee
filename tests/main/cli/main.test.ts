import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli/main.ts';
import type { CliCommand } from '../../../src/main/cli/command.ts';
import { UsageError } from '../../../src/main/cli/command.ts';
import { ApiError } from '../../../src/shared/api/errors.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const demo: CliCommand = {
  name: 'demo',
  usage: 'demo FILE [--title T]',
  summary: 'test command',
  valueOptions: ['title'],
  async run(args) {
    if (args.positionals.length !== 1) throw new UsageError('geef precies één bestand');
    if (args.positionals[0] === 'new.vlinder') throw new ApiError('file.newerVersion', { version: 9, needed: '9.0' });
    if (args.positionals[0] === 'crash') throw new TypeError('internal detail');
    return 0;
  },
};

describe('the vlinder CLI', () => {
  it('prints help with every command and exits 0', async () => {
    const c = capture();
    expect(await runCli(['--help'], c.io, [demo])).toBe(0);
    expect(c.out.join('\n')).toContain('demo FILE [--title T]');
  });

  it('prints the version', async () => {
    const c = capture();
    expect(await runCli(['--version'], c.io, [demo])).toBe(0);
    expect(c.out[0]).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 on an unknown command or bad usage, with a short message', async () => {
    const c = capture();
    expect(await runCli(['nope'], c.io, [demo])).toBe(2);
    expect(await runCli(['demo'], c.io, [demo])).toBe(2);
    expect(await runCli(['demo', 'a', '--title'], c.io, [demo])).toBe(2);
    expect(c.err.join('\n')).toContain('Gebruik: vlinder demo FILE');
  });

  it('turns errors into their Dutch message without a stack trace', async () => {
    const c = capture();
    expect(await runCli(['demo', 'new.vlinder'], c.io, [demo])).toBe(1);
    expect(c.err.join('\n')).toContain('nieuwere versie van Vlinder');
    expect(await runCli(['demo', 'crash'], c.io, [demo])).toBe(1);
    expect(c.err.join('\n')).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  it('shows the stack trace with --debug', async () => {
    const c = capture();
    await runCli(['demo', 'crash', '--debug'], c.io, [demo]);
    expect(c.err.join('\n')).toMatch(/TypeError: internal detail\n\s+at /);
  });
});
