/**
 * The in-app file chooser of browser mode (the desktop app asks its native dialogs): `await
 * chooseFile(request)` resolves with the chosen path, or null when the user cancels.
 */
import { create } from 'zustand';
import type { MessageKey } from '../../shared/i18n/t.ts';

export interface FileRequest {
  /** open: an existing file · save: a file name in a folder · folder: a folder. */
  mode: 'open' | 'save' | 'folder';
  /** Which files are shown, e.g. [".vlinder"]; the first is added to a save name without it. */
  extensions: readonly string[];
  /** The name proposed for a save. */
  defaultName?: string;
  /** The folder to start in (default: the host's default folder). */
  folder?: string;
  /** The chooser's title when it is not the usual one of its mode (e.g. the other copy of a merge). */
  title?: MessageKey;
}

export interface OpenRequest extends FileRequest {
  answer(path: string | null): void;
}

export const useFileChooser = create<{ open: OpenRequest | null }>(() => ({ open: null }));

export function chooseFile(request: FileRequest): Promise<string | null> {
  useFileChooser.getState().open?.answer(null);
  return new Promise((resolve) => {
    const open: OpenRequest = {
      ...request,
      answer(path) {
        if (useFileChooser.getState().open === open) useFileChooser.setState({ open: null });
        resolve(path);
      },
    };
    useFileChooser.setState({ open });
  });
}

/** `name` with `extension` added unless it already ends in it (case-insensitive). */
export function withExtension(name: string, extension: string | undefined): string {
  if (!extension || name.toLowerCase().endsWith(extension)) return name;
  return `${name}${extension}`;
}

/** The folder part of a path written with `/` or `\` ("" when it has none; the root stays "/"). */
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : cut === 0 ? path.slice(0, 1) : '';
}

/** Joins a folder and a name the way the folder is written (`/` or `\`); an absolute name stands alone. */
export function joinPath(folder: string, name: string): string {
  if (/^(?:[a-zA-Z]:[\\/]|[\\/])/.test(name)) return name;
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}
