/**
 * Turns the menu data (`menuTemplate.ts`) into Electron's application menu. Choosing a command
 * item calls `send(commandId)`, which pushes the id to the renderer on the command channel.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { t } from '../../shared/i18n/t.ts';
import type { Language } from '../../shared/model/vocab.ts';
import { menuTemplate, type MenuEntry } from './menuTemplate.ts';

export interface MenuOptions {
  lang: Language;
  platform: NodeJS.Platform;
  send: (commandId: string) => void;
}

/** Catalogue names that Electron's accelerators spell differently. */
const ELECTRON_KEYS: Record<string, string> = { Mod: 'CmdOrCtrl', ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right' };

/** "Mod+Shift+S" (the catalogue's notation) → "CmdOrCtrl+Shift+S" (Electron's). */
export function toAccelerator(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => ELECTRON_KEYS[part] ?? part)
    .join('+');
}

function item(entry: MenuEntry, opts: MenuOptions): MenuItemConstructorOptions {
  if (entry.kind === 'separator') return { type: 'separator' };
  const label = t(opts.lang, entry.labelKey);
  if (entry.kind === 'role') {
    // On macOS the role keeps the system's own key (Ctrl+Cmd+F); elsewhere it shows the
    // catalogue's and leaves the key press to the renderer, like every command item.
    if (entry.shortcut && opts.platform !== 'darwin') return { role: entry.role, label, accelerator: toAccelerator(entry.shortcut), registerAccelerator: false };
    return { role: entry.role, label };
  }
  const options: MenuItemConstructorOptions = { label, id: entry.commandId, click: () => opts.send(entry.commandId) };
  if (entry.shortcut) {
    if (opts.platform !== 'darwin') {
      // Shown, not registered: the renderer handles its own keys (and knows when a text field
      // should get them instead).
      Object.assign(options, { accelerator: toAccelerator(entry.shortcut), registerAccelerator: false });
    } else if (entry.global) {
      // macOS menus always capture their accelerator, so only keys that are meant to work while
      // typing are given to the menu; Cmd+Z in a text field stays the field's own undo.
      options.accelerator = toAccelerator(entry.shortcut);
    }
  }
  return options;
}

/** The Electron menu template for the given language and platform. */
export function buildMenuItems(opts: MenuOptions): MenuItemConstructorOptions[] {
  return menuTemplate(opts.platform).map((section) => ({
    label: t(opts.lang, section.labelKey),
    submenu: section.entries.map((entry) => item(entry, opts)),
  }));
}

/** Builds the menu and makes it the application menu. */
export function installMenu(opts: MenuOptions): Menu {
  const menu = Menu.buildFromTemplate(buildMenuItems(opts));
  Menu.setApplicationMenu(menu);
  return menu;
}
