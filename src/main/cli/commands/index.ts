/** Every CLI command, in the order --help lists them. Add a command by adding its file here. */
import type { CliCommand } from '../command.ts';
import { exportCommand } from './export.ts';
import { importRegisterCommand } from './import-register.ts';

export const COMMANDS: readonly CliCommand[] = [importRegisterCommand, exportCommand];
