/** Every CLI command, in the order --help lists them. Add a command by adding its file here. */
import type { CliCommand } from '../command.ts';

export const COMMANDS: readonly CliCommand[] = [];
