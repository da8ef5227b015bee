/**
 * The file chooser of browser mode (the desktop app uses native dialogs) and the recent-files
 * list of every host. The list lives in the data folder as a small JSON file, written like a
 * project (temp file, fsync, rename), and is read leniently: a damaged list is an empty one.
 */
import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import type { Handlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { FolderEntry, FolderListing, RecentFile } from '../../shared/api/methods/files.ts';
import { writeFileAtomic } from '../storage/writeFileAtomic.ts';

const MAX_RECENT = 10;
/** A folder with more entries than this shows the first ones (sorted); nobody scrolls further. */
const MAX_ENTRIES = 5000;

/** The folder an export or a new file starts in: Documents, else the home folder. */
export function defaultFolder(): string {
  const docs = join(homedir(), 'Documents');
  return existsSync(docs) ? docs : homedir();
}

function places(): FolderListing['places'] {
  const out: FolderListing['places'] = [];
  const docs = join(homedir(), 'Documents');
  if (existsSync(docs)) out.push({ label: 'documents', path: docs });
  out.push({ label: 'home', path: homedir() });
  if (process.platform === 'win32') {
    for (const letter of 'CDEFGHIJKLMNOPQRSTUVWXYZ') if (existsSync(`${letter}:\\`)) out.push({ label: 'root', path: `${letter}:\\` });
  } else out.push({ label: 'root', path: '/' });
  return out;
}

function entryOf(folder: string, d: Dirent, extensions: readonly string[]): FolderEntry | null {
  if (d.name.startsWith('.')) return null;
  const path = join(folder, d.name);
  let isDir = d.isDirectory();
  let isFile = d.isFile();
  let size: number | null = null;
  let modifiedAt: string | null = null;
  try {
    const st = statSync(path); // follows a symbolic link
    isDir = st.isDirectory();
    isFile = st.isFile();
    size = isFile ? st.size : null;
    modifiedAt = st.mtime.toISOString();
  } catch {
    if (d.isSymbolicLink()) return null; // a dangling link
  }
  if (isDir) return { name: d.name, path, kind: 'folder', size: null, modifiedAt };
  if (isFile && extensions.some((e) => d.name.toLowerCase().endsWith(e))) return { name: d.name, path, kind: 'file', size, modifiedAt };
  return null;
}

/** The folders and the files of the asked kinds in `folder` (default: Documents, else home). */
export function listFolder(folder: string | undefined, extensions: readonly string[]): FolderListing {
  const abs = resolve(folder?.trim() || defaultFolder());
  let dirents: Dirent[];
  try {
    if (!statSync(abs).isDirectory()) throw new ApiError('file.folderMissing', { folder: abs });
    dirents = readdirSync(abs, { withFileTypes: true });
  } catch (err) {
    if (err instanceof ApiError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new ApiError('forbidden', { path: abs });
    throw new ApiError('file.folderMissing', { folder: abs });
  }
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  const entries = dirents
    .map((d) => entryOf(abs, d, extensions))
    .filter((e): e is FolderEntry => e !== null)
    .sort((a, b) => (a.kind === b.kind ? collator.compare(a.name, b.name) : a.kind === 'folder' ? -1 : 1))
    .slice(0, MAX_ENTRIES);
  const parent = dirname(abs);
  return { folder: abs, parent: parent === abs || parse(abs).root === abs ? null : parent, entries, places: places() };
}

/** The recent-files list in `file` (e.g. `<data folder>/recent.json`). */
export function recentFiles(file: string) {
  const read = (): Omit<RecentFile, 'exists'>[] => {
    try {
      const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (!Array.isArray(raw)) return [];
      return raw
        .filter((r): r is Omit<RecentFile, 'exists'> => typeof r?.path === 'string' && typeof r?.title === 'string' && typeof r?.at === 'string')
        .slice(0, MAX_RECENT);
    } catch {
      return [];
    }
  };
  return {
    list(): RecentFile[] {
      return read().map((r) => ({ path: r.path, title: r.title, at: r.at, exists: existsSync(r.path) }));
    },
    /** Puts `path` first; never fails the open or save it follows. */
    note(path: string, title: string): void {
      const list = [{ path, title, at: new Date().toISOString() }, ...read().filter((r) => r.path !== path)].slice(0, MAX_RECENT);
      try {
        writeFileAtomic(file, `${JSON.stringify(list, null, 1)}\n`);
      } catch {
        // A read-only data folder loses the list, not the user's work.
      }
    },
  };
}

export function filesHandlers(recent: ReturnType<typeof recentFiles> | null): Pick<Handlers, 'files.list' | 'files.recent'> {
  return {
    async 'files.list'({ folder, extensions }) {
      return listFolder(folder, extensions);
    },
    async 'files.recent'() {
      return recent ? recent.list() : [];
    },
  };
}
