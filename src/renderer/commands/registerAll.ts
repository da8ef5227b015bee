/** Registers every command of the app, once, at start. */
import { appCommands } from './appCommands.ts';
import { bowtieCommands } from './bowtieCommands.ts';
import { registerCommands } from './registry.ts';
import { exportCommands } from '../views/export/exportCommands.ts';
import { findingsCommands } from '../panels/findings/findingsCommands.ts';

export function registerAllCommands(): void {
  registerCommands(appCommands);
  registerCommands(bowtieCommands);
  registerCommands(exportCommands);
  registerCommands(findingsCommands);
}
