/**
 * Every user action is a declared command: its id, label, group and shortcuts come from the
 * catalogue (src/shared/commands/catalogue.ts), and the renderer adds when it applies and what it
 * does. Shortcuts, the toolbar, the shortcut sheet, the command palette and the desktop menu (by
 * id) all read these objects.
 */
import { COMMANDS, type CommandId, type CommandSpec } from '../../shared/commands/catalogue.ts';
import type { CommandContext } from '../AppContext.tsx';

/** What the renderer binds to a catalogue id. */
export interface CommandRun {
  enabled?(ctx: CommandContext): boolean;
  run(ctx: CommandContext): void | Promise<void>;
}

/**
 * Runs for some catalogue ids. Write a feature's runs as `{ … } satisfies CommandRuns`, so an id
 * the catalogue does not know does not build; src/renderer/registerAllCommands.ts checks that
 * every id has a run.
 */
export type CommandRuns = { readonly [K in CommandId]?: CommandRun };

export type Command = CommandSpec & CommandRun & { id: CommandId };

const registry = new Map<CommandId, Command>();

export function registerCommands(runs: CommandRuns): void {
  for (const id of Object.keys(runs) as CommandId[]) registry.set(id, { id, ...COMMANDS[id], ...runs[id]! });
}

export function getCommand(id: CommandId): Command | undefined {
  return registry.get(id);
}

export function allCommands(): Command[] {
  return [...registry.values()];
}

export async function runCommand(id: CommandId, ctx: CommandContext): Promise<boolean> {
  const command = registry.get(id);
  if (!command || (command.enabled && !command.enabled(ctx))) return false;
  await command.run(ctx);
  return true;
}
