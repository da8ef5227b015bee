/**
 * The application menu as data. A command item names a command of the catalogue
 * (src/shared/commands/catalogue.ts); choosing it sends that id to the renderer, which runs the
 * command. The menu never implements a command itself, and takes the command's keys from the
 * catalogue: the renderer handles them (in the browser too), the menu shows them. Only the item's
 * wording is the menu's own (menu.* labels, with "…" where a dialog follows). Only clipboard,
 * full screen, about, hide and quit are native roles, because Chromium and the OS implement those.
 */
import { commandSpec, type CommandId } from '../../shared/commands/catalogue.ts';
import type { MessageKey } from '../../shared/i18n/t.ts';

export interface CommandEntry {
  kind: 'command';
  commandId: CommandId;
  labelKey: MessageKey;
  /** The command's first catalogue shortcut, in the catalogue's notation ("Mod+Shift+S"). */
  shortcut?: string;
  /** The shortcut also works while typing (catalogue scope `anywhere`). */
  global?: boolean;
}

export type RoleName = 'cut' | 'copy' | 'paste' | 'selectAll' | 'togglefullscreen' | 'about' | 'hide' | 'quit';

export interface RoleEntry {
  kind: 'role';
  role: RoleName;
  labelKey: MessageKey;
  /** The first shortcut of the catalogue command the role stands for, to show beside it. */
  shortcut?: string;
}

export type MenuEntry = CommandEntry | RoleEntry | { kind: 'separator' };

export interface MenuSection {
  labelKey: MessageKey;
  entries: MenuEntry[];
}

function cmd(commandId: CommandId, labelKey: MessageKey): CommandEntry {
  const spec = commandSpec(commandId);
  return {
    kind: 'command',
    commandId,
    labelKey,
    ...(spec.shortcuts ? { shortcut: spec.shortcuts[0] } : {}),
    ...(spec.scope === 'anywhere' ? { global: true } : {}),
  };
}
function role(r: RoleName, labelKey: MessageKey, sameAs?: CommandId): RoleEntry {
  const first = sameAs ? commandSpec(sameAs).shortcuts?.[0] : undefined;
  return { kind: 'role', role: r, labelKey, ...(first ? { shortcut: first } : {}) };
}
const separator: MenuEntry = { kind: 'separator' };

/** The menu for `platform`: on macOS the first menu is the app menu (about, hide, quit). */
export function menuTemplate(platform: NodeJS.Platform): MenuSection[] {
  const mac = platform === 'darwin';
  const appMenu: MenuSection = {
    labelKey: 'app.name',
    entries: [role('about', 'menu.help.about'), separator, role('hide', 'menu.app.hide'), separator, role('quit', 'menu.app.quit')],
  };
  const file: MenuSection = {
    labelKey: 'menu.file',
    entries: [
      cmd('project.new', 'menu.project.new'),
      cmd('project.open', 'menu.project.open'),
      separator,
      cmd('project.save', 'menu.project.save'),
      cmd('project.saveAs', 'menu.project.saveAs'),
      separator,
      cmd('project.compare', 'menu.project.compare'),
      cmd('project.merge', 'menu.project.merge'),
      separator,
      cmd('project.close', 'menu.project.close'),
      ...(mac ? [] : [separator, role('quit', 'menu.app.quit')]),
    ],
  };
  const edit: MenuSection = {
    labelKey: 'menu.edit',
    entries: [
      cmd('edit.undo', 'menu.edit.undo'),
      cmd('edit.redo', 'menu.edit.redo'),
      separator,
      role('cut', 'menu.edit.cut'),
      role('copy', 'menu.edit.copy'),
      role('paste', 'menu.edit.paste'),
      role('selectAll', 'menu.edit.selectAll'),
    ],
  };
  const view: MenuSection = {
    labelKey: 'menu.view',
    entries: [
      cmd('palette.open', 'menu.view.palette'),
      separator,
      cmd('live.start', 'menu.live.start'),
      cmd('live.open', 'menu.live.open'),
      separator,
      cmd('view.zoomToFit', 'menu.view.zoomToFit'),
      separator,
      cmd('view.theme.light', 'menu.view.theme.light'),
      cmd('view.theme.dark', 'menu.view.theme.dark'),
      cmd('view.theme.projector', 'menu.view.theme.projector'),
      separator,
      // The system's full screen; its key (F11) is the catalogue's `view.fullscreen`, which the
      // renderer runs with the Fullscreen API, as in the browser.
      role('togglefullscreen', 'menu.view.fullscreen', 'view.fullscreen'),
    ],
  };
  const help: MenuSection = {
    labelKey: 'menu.help',
    entries: [cmd('help.shortcuts', 'menu.help.shortcuts'), ...(mac ? [] : [separator, role('about', 'menu.help.about')])],
  };
  return mac ? [appMenu, file, edit, view, help] : [file, edit, view, help];
}
