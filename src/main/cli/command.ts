/** What a CLI command is: a name, a usage line, and a run function over parsed arguments. */
import type { ParsedArgs } from '../host/parseArgs.ts';

export { UsageError, type ParsedArgs } from '../host/parseArgs.ts';

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
