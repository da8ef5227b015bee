import { c } from '../../model/check.ts';
import { method } from '../define.ts';

/** One entry of a folder as the file chooser shows it: a folder, or a file of the asked kind. */
export interface FolderEntry {
  name: string;
  path: string;
  kind: 'folder' | 'file';
  /** Bytes, for a file. */
  size: number | null;
  /** ISO time of the last change. */
  modifiedAt: string | null;
}

export interface FolderListing {
  /** The folder listed, absolute and normalised. */
  folder: string;
  /** Its parent, or null at a root. */
  parent: string | null;
  /** Sub-folders first, then the files, each alphabetical; hidden entries left out. */
  entries: FolderEntry[];
  /** Places to start from: the user's documents and home folder, the drive roots. */
  places: { label: 'documents' | 'home' | 'root'; path: string }[];
}

export interface RecentFile {
  path: string;
  /** The project title when it was last opened or saved. */
  title: string;
  at: string;
  /** False when the file is no longer where it was. */
  exists: boolean;
}

const folder = c.string({ min: 1, max: 4096, verbatim: true });

/**
 * The host's file system as the in-app file chooser of browser mode sees it (the desktop app
 * uses native dialogs), and the list of recently opened or saved projects (every host).
 */
export const filesMethods = {
  /**
   * The folders and the files ending in one of `extensions` (".vlinder", ".docx", …) in `folder`;
   * without `folder`, the default folder (Documents, else home). Refuses a missing folder with
   * `file.folderMissing`.
   */
  'files.list': method<FolderListing>()(
    c.object({ folder: c.optional(folder), extensions: c.array(c.string({ min: 2, max: 12, pattern: /^\.[a-z0-9]+$/ }), { max: 10 }) }),
  ),
  /** The projects opened or saved most recently, newest first (at most 10). */
  'files.recent': method<RecentFile[]>()(c.object({})),
};
