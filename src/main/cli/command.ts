/** What a CLI command is: a name, a usage line, and a run function over parsed arguments. */

export interface ParsedArgs {
  /** Positional arguments after the command name. */
  positionals: string[];
  /** `--name value` and `--flag` options (flags are `true`). */
  options: Record<string, string | true>;
}

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

export interface CliCommand {
  name: string;
  /** One line, e.g. "new OUT.vlinder [--title T]". */
  usage: string;
  /** Dutch one-line description for --help. */
  summary: string;
  /** Options that take a value (others are flags). */
  valueOptions?: readonly string[];
  /** Flags that may carry a value as `--name=value`. */
  optionalValueOptions?: readonly string[];
  /** Returns the process exit code. Throw UsageError for bad usage. */
  run(args: ParsedArgs, io: CliIO): Promise<number>;
}

/** Bad usage: printed as a short message with the command's usage line; exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
