import type { BrowserWindow as ElectronWindow, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { IPC_COMMAND_CHANNEL } from '../../../src/shared/api/bridge.ts';
import { commandSpec, isCommandId } from '../../../src/shared/commands/catalogue.ts';
import { buildMenuItems, installMenu, toAccelerator } from '../../../src/main/electron/menu.ts';
import { sendCommand } from '../../../src/main/electron/window.ts';
import { BrowserWindow, Menu } from './fakeElectron.ts';

vi.mock('electron', () => import('./fakeElectron.ts'));

type Item = MenuItemConstructorOptions;
const items = (submenu: Item[]) => submenu;
const flatten = (menu: Item[]): Item[] => menu.flatMap((section) => items(section.submenu as Item[]));
const commandItems = (menu: Item[]) => flatten(menu).filter((i) => typeof i.click === 'function');
const click = (i: Item) => (i.click as unknown as () => void)();

const COMMAND_IDS = [
  'project.new', 'project.open', 'project.save', 'project.saveAs', 'project.compare', 'project.merge', 'project.close',
  'edit.undo', 'edit.redo', 'palette.open', 'live.start', 'live.open', 'view.zoomToFit',
  'view.theme.light', 'view.theme.dark', 'view.theme.projector', 'help.shortcuts',
];

describe('the application menu', () => {
  it('sends each item’s command id to the renderer on the command channel, and does nothing else', () => {
    const win = new BrowserWindow({});
    installMenu({ lang: 'nl', platform: 'linux', send: (id) => sendCommand(win as unknown as ElectronWindow, id) });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const template = Menu.buildFromTemplate.mock.calls[0]![0] as Item[];
    const commands = commandItems(template);
    expect(commands.map((i) => i.id).sort()).toEqual([...COMMAND_IDS].sort());
    for (const item of commands) click(item);
    expect(win.webContents.sent).toEqual(commands.map((i) => [IPC_COMMAND_CHANNEL, i.id]));
  });

  it('leaves clipboard, full screen, about and quit to the system', () => {
    const roles = flatten(buildMenuItems({ lang: 'nl', platform: 'win32', send: () => {} })).flatMap((i) => (i.role ? [i.role] : []));
    expect(roles.sort()).toEqual(['about', 'copy', 'cut', 'paste', 'quit', 'selectAll', 'togglefullscreen']);
  });

  it('speaks Dutch by default and English on request', () => {
    const nl = buildMenuItems({ lang: 'nl', platform: 'linux', send: () => {} });
    const en = buildMenuItems({ lang: 'en', platform: 'linux', send: () => {} });
    expect(nl.map((s) => s.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(en.map((s) => s.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(commandItems(nl).find((i) => i.id === 'edit.undo')?.label).toBe('Ongedaan maken');
    expect(flatten(nl).find((i) => i.role === 'copy')?.label).toBe('Kopiëren');
  });

  it('shows shortcuts on Windows and Linux without taking the keys from the page', () => {
    const save = commandItems(buildMenuItems({ lang: 'nl', platform: 'win32', send: () => {} })).find((i) => i.id === 'project.saveAs');
    expect(save).toMatchObject({ accelerator: 'CmdOrCtrl+Shift+S', registerAccelerator: false });
  });

  it('on macOS gives the menu only the keys that also work while typing', () => {
    const menu = buildMenuItems({ lang: 'en', platform: 'darwin', send: () => {} });
    expect(menu[0]?.label).toBe('Vlinder');
    const byId = new Map(commandItems(menu).map((i) => [i.id, i]));
    expect(byId.get('project.save')?.accelerator).toBe('CmdOrCtrl+S');
    // Cmd+Z in a text field must stay the field's own undo.
    expect(byId.get('edit.undo')?.accelerator).toBeUndefined();
  });

  it('names only commands of the catalogue', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const ids = commandItems(buildMenuItems({ lang: 'nl', platform, send: () => {} })).map((i) => i.id!);
      expect(ids.filter((id) => !isCommandId(id)), platform).toEqual([]);
    }
  });

  it('shows each command’s first catalogue shortcut as its accelerator, and none where the catalogue has none', () => {
    const shown = commandItems(buildMenuItems({ lang: 'nl', platform: 'linux', send: () => {} }));
    for (const item of shown) {
      const first = isCommandId(item.id!) ? commandSpec(item.id).shortcuts?.[0] : undefined;
      expect(item.accelerator, item.id).toBe(first === undefined ? undefined : toAccelerator(first));
    }
    // The keys the renderer always had, which the menu used to leave out.
    const byId = new Map(shown.map((i) => [i.id, i.accelerator]));
    expect([byId.get('project.new'), byId.get('project.open'), byId.get('palette.open'), byId.get('help.shortcuts')]).toEqual(['CmdOrCtrl+N', 'CmdOrCtrl+O', 'CmdOrCtrl+K', '?']);
  });

  it('on macOS registers exactly the keys the catalogue lets work while typing', () => {
    for (const item of commandItems(buildMenuItems({ lang: 'en', platform: 'darwin', send: () => {} }))) {
      const spec = isCommandId(item.id!) ? commandSpec(item.id) : undefined;
      expect(item.accelerator !== undefined, item.id).toBe(spec?.scope === 'anywhere');
    }
  });

  it('shows the catalogue’s full-screen key beside the system’s full screen, and leaves the press to the page', () => {
    const find = (platform: NodeJS.Platform) => flatten(buildMenuItems({ lang: 'nl', platform, send: () => {} })).find((i) => i.role === 'togglefullscreen');
    expect(commandSpec('view.fullscreen').shortcuts?.[0]).toBe('F11');
    expect(find('linux')).toMatchObject({ label: 'Volledig scherm', accelerator: 'F11', registerAccelerator: false });
    expect(find('win32')).toMatchObject({ accelerator: 'F11', registerAccelerator: false });
    // macOS keeps the system's own key for it (Ctrl+Cmd+F).
    expect(find('darwin')?.accelerator).toBeUndefined();
  });

  it('sends nothing to a window that is gone', () => {
    expect(sendCommand(null, 'project.save')).toBe(false);
    expect(toAccelerator('Mod+Shift+P')).toBe('CmdOrCtrl+Shift+P');
  });

  it('spells Mod and the arrow keys the way Electron does', () => {
    expect(toAccelerator('Mod+Shift+P')).toBe('CmdOrCtrl+Shift+P');
    expect(toAccelerator('Alt+ArrowUp')).toBe('Alt+Up');
    expect(toAccelerator('F2')).toBe('F2');
  });
});
