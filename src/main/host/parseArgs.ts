/**
 * A small, strict argument parser: `--name value`, `--name=value`, `--flag`, positionals, `--`.
 * An option in `optionalValues` is a flag that may carry a value, but only as `--name=value`
 * (so `--starter OUT.vlinder` never swallows the file name). Shared by the hosts' command lines
 * (`vlinder …`, `npm run web -- …`).
 */

/** Parsed arguments of a host's command line. */
export interface ParsedArgs {
  /** Positional arguments after the command name. */
  positionals: string[];
  /** `--name value` and `--flag` options (flags are `true`). */
  options: Record<string, string | true>;
}

/** Bad usage: printed as a short message with the usage line; exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseArgs(argv: readonly string[], valueOptions: readonly string[] = [], optionalValues: readonly string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      if (!name) throw new UsageError(`ongeldige optie "${arg}"`);
      if (optionalValues.includes(name)) {
        const value = eq >= 0 ? arg.slice(eq + 1) : true;
        if (value === '') throw new UsageError(`optie --${name}= verwacht een waarde`);
        options[name] = value;
      } else if (valueOptions.includes(name)) {
        const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '') throw new UsageError(`optie --${name} verwacht een waarde`);
        options[name] = value;
      } else {
        if (eq >= 0) throw new UsageError(`optie --${name} neemt geen waarde`);
        options[name] = true;
      }
    } else if (arg.startsWith('-') && arg.length > 1) {
      const short: Record<string, string> = { h: 'help', V: 'version' };
      const name = short[arg.slice(1)];
      if (!name) throw new UsageError(`onbekende optie "${arg}"`);
      options[name] = true;
    } else {
      positionals.push(arg);
    }
  }
  return { positionals, options };
}
