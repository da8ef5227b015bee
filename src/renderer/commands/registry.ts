/**
 * Every user action is a declared command: id, label, shortcut, and run. Menus (Electron), the
 * toolbar, keyboard shortcuts, the shortcut sheet and the command palette all read these objects.
 */
import type { MessageKey } from '../../shared/i18n/t.ts';
import type { AppServices } from '../AppContext.tsx';

export interface CommandContext extends AppServices {
  /** Shows a message to the user (status bar / toast). */
  notify(message: string, kind?: 'info' | 'error'): void;
}

export interface Command {
  id: string;
  labelKey: MessageKey;
  /** Group in the palette and the shortcut sheet. */
  group: 'project' | 'edit' | 'bowtie' | 'view' | 'help';
  /** Key chords such as "Mod+Z", "Shift+Mod+Z", "F2", "?" ("Mod" = Ctrl, or ⌘ on macOS). */
  shortcuts?: readonly string[];
  /** Also active while typing in a text field. */
  global?: boolean;
  enabled?(ctx: CommandContext): boolean;
  run(ctx: CommandContext): void | Promise<void>;
}

const registry = new Map<string, Command>();

export function registerCommands(commands: readonly Command[]): void {
  for (const c of commands) registry.set(c.id, c);
}

export function getCommand(id: string): Command | undefined {
  return registry.get(id);
}

export function allCommands(): Command[] {
  return [...registry.values()];
}

export async function runCommand(id: string, ctx: CommandContext): Promise<boolean> {
  const command = registry.get(id);
  if (!command || (command.enabled && !command.enabled(ctx))) return false;
  await command.run(ctx);
  return true;
}
