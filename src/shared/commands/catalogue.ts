/**
 * The one list of user commands: id, label, group and default shortcuts. The renderer binds a
 * run function to every id here (src/renderer/commands), the desktop menu names ids from here
 * and shows their shortcuts (src/main/electron/menuTemplate.ts); neither keeps its own copy.
 *
 * Shortcuts are chords in normal form: modifiers in the order Mod, Alt, Shift, then one key as
 * `KeyboardEvent.key` names it, letters upper case ("Mod+Shift+S", "Alt+ArrowUp", "F2", "?").
 * "Mod" is Ctrl, or ⌘ on macOS.
 */
import type { MessageKey } from '../i18n/t.ts';

/** Group in the palette and the shortcut sheet (label key `group.<name>`). */
export type CommandGroup = 'project' | 'edit' | 'bowtie' | 'view' | 'help';

/**
 * Where a command's shortcuts work. Each scope lies inside the one before it, so a chord may be
 * claimed once in all of them together:
 * - `anywhere`: also while typing in a text field (Ctrl+S saves from inside a field);
 * - `app`: anywhere in the window except while typing;
 * - `editor`: only while the keyboard is on the bow-tie editor, so single keys (C, Enter,
 *   arrows) keep their usual meaning on buttons, lists and fields elsewhere.
 */
export type CommandScope = 'anywhere' | 'app' | 'editor';

/** The scopes in which a key of `scope` is active, from the widest. */
export const SCOPES_WITHIN: Record<CommandScope, readonly CommandScope[]> = {
  anywhere: ['anywhere', 'app', 'editor'],
  app: ['app', 'editor'],
  editor: ['editor'],
};

interface Described {
  labelKey: MessageKey;
  group: CommandGroup;
}

/** A command with keys names where they work; one without keys has no scope. */
export type CommandSpec = Described & ({ shortcuts: readonly [string, ...string[]]; scope: CommandScope } | { shortcuts?: undefined; scope?: undefined });

const keys = (scope: CommandScope, ...shortcuts: [string, ...string[]]) => ({ shortcuts, scope });

export const COMMANDS = {
  // Project files. `project.openFromHost` is sent by the desktop host when the OS hands it a file.
  'project.new': { labelKey: 'welcome.new', group: 'project', ...keys('anywhere', 'Mod+N') },
  'project.open': { labelKey: 'welcome.open', group: 'project', ...keys('anywhere', 'Mod+O') },
  'project.openFromHost': { labelKey: 'welcome.open', group: 'project' },
  'project.save': { labelKey: 'project.save', group: 'project', ...keys('anywhere', 'Mod+S') },
  'project.saveAs': { labelKey: 'project.saveAs', group: 'project', ...keys('anywhere', 'Mod+Shift+S') },
  'project.close': { labelKey: 'project.close', group: 'project' },
  'export.open': { labelKey: 'export.open', group: 'project', ...keys('anywhere', 'Mod+E') },
  'register.import': { labelKey: 'register.import.open', group: 'project' },
  'register.starter': { labelKey: 'starter.command', group: 'project' },
  'register.exportXlsx': { labelKey: 'register.export.xlsx', group: 'project' },
  'register.exportCsv': { labelKey: 'register.export.csv', group: 'project' },
  'risk.new': { labelKey: 'risk.new', group: 'project', ...keys('app', 'Alt+N') },
  'risk.duplicate': { labelKey: 'risk.duplicate', group: 'project' },
  'risk.delete': { labelKey: 'risk.delete', group: 'project' },
  'risk.rename': { labelKey: 'risk.rename', group: 'project' },
  'live.start': { labelKey: 'live.start', group: 'project' },
  'project.compare': { labelKey: 'merge.command.compare', group: 'project' },
  'project.merge': { labelKey: 'merge.command.merge', group: 'project' },

  // Undo and redo leave Ctrl+Z inside a text field to the field.
  'edit.undo': { labelKey: 'edit.undo', group: 'edit', ...keys('app', 'Mod+Z') },
  'edit.redo': { labelKey: 'edit.redo', group: 'edit', ...keys('app', 'Mod+Shift+Z', 'Mod+Y') },

  // Building the bow-tie from the keyboard.
  'bowtie.addCause': { labelKey: 'bowtie.addCause', group: 'bowtie', ...keys('editor', 'C') },
  'bowtie.addConsequence': { labelKey: 'bowtie.addConsequence', group: 'bowtie', ...keys('editor', 'G') },
  'bowtie.addPreventive': { labelKey: 'bowtie.addPreventive', group: 'bowtie', ...keys('editor', 'P') },
  'bowtie.addLimiting': { labelKey: 'bowtie.addLimiting', group: 'bowtie', ...keys('editor', 'B') },
  'bowtie.addMeasure': { labelKey: 'bowtie.addMeasure', group: 'bowtie', ...keys('editor', 'M') },
  'bowtie.addEscalation': { labelKey: 'bowtie.addEscalation', group: 'bowtie', ...keys('editor', 'E') },
  'bowtie.rename': { labelKey: 'bowtie.rename', group: 'bowtie', ...keys('editor', 'Enter', 'F2') },
  'bowtie.delete': { labelKey: 'bowtie.delete', group: 'bowtie', ...keys('editor', 'Delete', 'Backspace') },
  'bowtie.moveUp': { labelKey: 'bowtie.moveUp', group: 'bowtie', ...keys('editor', 'Alt+ArrowUp') },
  'bowtie.moveDown': { labelKey: 'bowtie.moveDown', group: 'bowtie', ...keys('editor', 'Alt+ArrowDown') },
  'bowtie.moveLeft': { labelKey: 'bowtie.moveLeft', group: 'bowtie', ...keys('editor', 'Alt+ArrowLeft') },
  'bowtie.moveRight': { labelKey: 'bowtie.moveRight', group: 'bowtie', ...keys('editor', 'Alt+ArrowRight') },
  'bowtie.select.left': { labelKey: 'bowtie.selectLeft', group: 'bowtie', ...keys('editor', 'ArrowLeft') },
  'bowtie.select.right': { labelKey: 'bowtie.selectRight', group: 'bowtie', ...keys('editor', 'ArrowRight') },
  'bowtie.select.up': { labelKey: 'bowtie.selectUp', group: 'bowtie', ...keys('editor', 'ArrowUp') },
  'bowtie.select.down': { labelKey: 'bowtie.selectDown', group: 'bowtie', ...keys('editor', 'ArrowDown') },
  'bowtie.deselect': { labelKey: 'bowtie.deselect', group: 'bowtie', ...keys('editor', 'Escape') },
  'bowtie.resetLayout': { labelKey: 'bowtie.resetLayout', group: 'bowtie' },
  'bowtie.inspector': { labelKey: 'bowtie.inspector', group: 'bowtie', ...keys('editor', 'I') },
  'bowtie.linkExisting': { labelKey: 'bowtie.linkExisting', group: 'bowtie', ...keys('editor', 'L') },
  // One key and a digit (or a few letters and Enter) set a selected measure's owner, status, effectiveness.
  'bowtie.chooseOwner': { labelKey: 'bowtie.chooseOwner', group: 'bowtie', ...keys('editor', 'O') },
  'bowtie.chooseStatus': { labelKey: 'bowtie.chooseStatus', group: 'bowtie', ...keys('editor', 'S') },
  'bowtie.chooseEffectiveness': { labelKey: 'bowtie.chooseEffectiveness', group: 'bowtie', ...keys('editor', 'W') },
  'export.copyDiagram': { labelKey: 'export.copyDiagram', group: 'bowtie' },
  'bowtie.applyTemplate': { labelKey: 'templates.apply', group: 'bowtie' },
  'bowtie.saveTemplate': { labelKey: 'templates.save', group: 'bowtie' },

  // What is on screen.
  'view.register': { labelKey: 'view.register', group: 'view' },
  'view.matrix': { labelKey: 'view.matrix', group: 'view' },
  'matrix.roomView': { labelKey: 'matrix.roomView', group: 'view' },
  'view.evidence': { labelKey: 'view.evidence', group: 'view' },
  'view.settings': { labelKey: 'view.settings', group: 'view' },
  'live.open': { labelKey: 'live.open', group: 'view' },
  'view.zoomToFit': { labelKey: 'bowtie.zoomToFit', group: 'view', ...keys('editor', 'F') },
  'view.zoomIn': { labelKey: 'bowtie.zoomIn', group: 'view', ...keys('editor', '=') },
  'view.zoomOut': { labelKey: 'bowtie.zoomOut', group: 'view', ...keys('editor', '-') },
  'bowtie.focusPath': { labelKey: 'bowtie.focusPath', group: 'view', ...keys('editor', 'Alt+F') },
  'bowtie.toggleInspector': { labelKey: 'bowtie.toggleInspector', group: 'view', ...keys('editor', 'Alt+I') },
  'bowtie.findings': { labelKey: 'findings.toggle', group: 'view', ...keys('editor', 'Alt+B') },
  'view.toggleSidebar': { labelKey: 'view.toggleSidebar', group: 'view', ...keys('editor', 'Alt+R') },
  'risk.next': { labelKey: 'risk.next', group: 'view', ...keys('editor', 'PageDown') },
  'risk.previous': { labelKey: 'risk.previous', group: 'view', ...keys('editor', 'PageUp') },
  'view.theme.light': { labelKey: 'theme.light', group: 'view' },
  'view.theme.dark': { labelKey: 'theme.dark', group: 'view' },
  'view.theme.projector': { labelKey: 'theme.projector', group: 'view', ...keys('anywhere', 'Mod+Shift+P') },
  'view.language.toggle': { labelKey: 'language.switch', group: 'view' },

  // Help.
  'help.shortcuts': { labelKey: 'help.shortcuts', group: 'help', ...keys('app', '?') },
  'palette.open': { labelKey: 'palette.open', group: 'help', ...keys('anywhere', 'Mod+K') },

  // The whole screen for the room: the Fullscreen API in the browser, the same in the desktop
  // window (whose menu item is the system's own full-screen role, showing this key).
  'view.fullscreen': { labelKey: 'view.fullscreen', group: 'view', ...keys('anywhere', 'F11') },
} as const satisfies Record<string, CommandSpec>;

/** Every command id: a new command that is not declared here does not build. */
export type CommandId = keyof typeof COMMANDS;

/** The catalogue entry of `id`, typed as the general shape. */
export function commandSpec(id: CommandId): CommandSpec {
  return COMMANDS[id];
}

/** For ids that arrive as text (the desktop menu's command channel). */
export function isCommandId(id: string): id is CommandId {
  return Object.hasOwn(COMMANDS, id);
}
