/**
 * The command-line host: `vlinder <command> [args]`. Usage errors exit 2 with a short message;
 * failures exit 1 with the Dutch message of the error; a stack trace only with --debug.
 */
import { appVersion } from '../appVersion.ts';
import { describeError } from '../host/describeError.ts';
import { parseArgs } from '../host/parseArgs.ts';
import { UsageError, type CliCommand, type CliIO } from './command.ts';
import { COMMANDS } from './commands/index.ts';

function helpText(commands: readonly CliCommand[]): string {
  // Long usage lines (export) get their summary on the next line, so the table stays readable.
  const width = Math.min(Math.max(...commands.map((c) => c.usage.length), 20), 44);
  const row = (c: CliCommand) => (c.usage.length <= width ? `  ${c.usage.padEnd(width)}  ${c.summary}` : `  ${c.usage}\n  ${' '.repeat(width)}  ${c.summary}`);
  return [
    `Vlinder ${appVersion()} — integraal veiligheidsrisicoprofiel met vlinderdasanalyse`,
    '',
    'Gebruik: vlinder <opdracht> [argumenten] [--debug]',
    '',
    'Opdrachten:',
    ...commands.map(row),
    '',
    'Algemene opties:',
    '  --help, -h       deze hulp',
    '  --version, -V    versie tonen',
    '  --debug          volledige foutmelding tonen',
  ].join('\n');
}

export async function runCli(argv: readonly string[], io: CliIO, commands: readonly CliCommand[] = COMMANDS): Promise<number> {
  const debug = argv.includes('--debug');
  const rest = argv.filter((a) => a !== '--debug');
  const first = rest[0];
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.out(helpText(commands));
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-V') {
    io.out(appVersion());
    return 0;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    io.err(`vlinder: onbekende opdracht "${first}". Zie "vlinder --help".`);
    return 2;
  }
  try {
    const args = parseArgs(rest.slice(1), command.valueOptions ?? [], command.optionalValueOptions ?? []);
    if (args.options['help']) {
      io.out(`Gebruik: vlinder ${command.usage}\n${command.summary}`);
      return 0;
    }
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`vlinder ${command.name}: ${err.message}\nGebruik: vlinder ${command.usage}`);
      return 2;
    }
    io.err(`vlinder ${command.name}: ${describeError(err)}`);
    if (debug && err instanceof Error && err.stack) io.err(err.stack);
    return 1;
  }
}
