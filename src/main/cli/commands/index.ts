/** Every CLI command, in the order --help lists them. Add a command by adding its file here. */
import type { CliCommand } from '../command.ts';
import { applyTemplateCommand } from './apply-template.ts';
import { importEvidenceCommand } from './import-evidence.ts';
import { exportCommand } from './export.ts';
import { importRegisterCommand } from './import-register.ts';
import { convertCommand } from './convert.ts';
import { diffCommand } from './diff.ts';
import { mergeCommand } from './merge.ts';
import { infoCommand } from './info.ts';
import { newCommand } from './new.ts';
import { validateCommand } from './validate.ts';

export const COMMANDS: readonly CliCommand[] = [newCommand, infoCommand, validateCommand, convertCommand, importRegisterCommand, applyTemplateCommand, importEvidenceCommand, diffCommand, mergeCommand, exportCommand];
