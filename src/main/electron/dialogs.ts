/**
 * The host-provided API methods of the Electron host: native open/save dialogs and "show in
 * folder". Everything else is the core's business.
 */
import { existsSync } from 'node:fs';
import { dirname, extname, isAbsolute, join } from 'node:path';
import { app, dialog, shell, type BrowserWindow, type FileFilter } from 'electron';
import type { Handlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { t } from '../../shared/i18n/t.ts';
import type { Language } from '../../shared/model/vocab.ts';

type DialogHandlers = Pick<Handlers, 'dialog.openFile' | 'dialog.saveFile' | 'shell.showItem'>;

/**
 * A file name that every file system accepts: separators, reserved and control characters become
 * `_` (so a title like "Wijk 3/4" keeps its words and can never name another folder).
 */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  return cleaned.slice(0, 200) || 'project.vlinder';
}

/** The extension (without dot, lower case) the save dialog filters on; `.vlinder` by default. */
export function extensionOf(name: string | undefined): string {
  const ext = extname(name ?? '').slice(1).toLowerCase();
  return /^[a-z0-9]{1,10}$/.test(ext) ? ext : 'vlinder';
}

/** Adds `.ext` when the user typed a name without it. */
export function withExtension(path: string, ext: string): string {
  return extname(path).toLowerCase() === `.${ext}` ? path : `${path}.${ext}`;
}

function filterFor(ext: string, lang: Language): FileFilter {
  return { name: ext === 'vlinder' ? t(lang, 'dialog.filter.vlinder') : ext.toUpperCase(), extensions: [ext] };
}

export function dialogHandlers(getWindow: () => BrowserWindow | null, lang: () => Language): DialogHandlers {
  let lastFolder: string | null = null;
  const folder = () => lastFolder ?? app.getPath('documents');
  const remember = (path: string) => {
    lastFolder = dirname(path);
    return path;
  };
  return {
    async 'dialog.openFile'() {
      const options = { title: t(lang(), 'dialog.openTitle'), defaultPath: folder(), filters: [filterFor('vlinder', lang())], properties: ['openFile' as const] };
      const win = getWindow();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const chosen = result.canceled ? undefined : result.filePaths[0];
      return { path: chosen ? remember(chosen) : null };
    },
    async 'dialog.saveFile'({ defaultName }) {
      const ext = extensionOf(defaultName);
      const name = withExtension(safeFileName(defaultName ?? `project.${ext}`), ext);
      const options = { title: t(lang(), 'dialog.saveTitle'), defaultPath: join(folder(), name), filters: [filterFor(ext, lang())] };
      const win = getWindow();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return { path: result.canceled || !result.filePath ? null : remember(withExtension(result.filePath, ext)) };
    },
    async 'shell.showItem'({ path }) {
      if (!isAbsolute(path) || !existsSync(path)) throw new ApiError('file.notFound', { path });
      shell.showItemInFolder(path);
      return { shown: true };
    },
  };
}
