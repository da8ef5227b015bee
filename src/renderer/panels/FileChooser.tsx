/**
 * The in-app file chooser of browser mode (store/fileChooserStore.ts): a modal dialog over the
 * host's folders, with a path or name field, the places to start from and, when opening, the
 * recent projects. Keyboard first: the field has focus, ArrowDown goes into the list, Enter opens
 * a folder or picks a file, Backspace in the list goes up a folder, Escape cancels.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { FolderListing, RecentFile } from '../../shared/api/methods/files.ts';
import { ClientError } from '../api/client.ts';
import { useServices } from '../AppContext.tsx';
import { errorMessage, useT, type TFn } from '../i18n/useT.ts';
import { ask } from '../store/askStore.ts';
import { folderOf, joinPath, useFileChooser, withExtension, type OpenRequest } from '../store/fileChooserStore.ts';

export function FileChooser() {
  const open = useFileChooser((s) => s.open);
  return open ? <Chooser key={`${open.mode}:${open.defaultName ?? ''}`} req={open} /> : null;
}

const TITLE = { open: 'files.openTitle', save: 'files.saveTitle', folder: 'files.folderTitle' } as const;
const FIELD = { open: 'welcome.openPathLabel', save: 'project.savePathLabel', folder: 'files.folderLabel' } as const;
const CONFIRM = { open: 'files.open', save: 'files.save', folder: 'files.chooseFolder' } as const;

/** What a failed call says to the user. */
function failure(t: TFn, err: unknown): string {
  return err instanceof ClientError ? errorMessage(t, err.data) : t('error.internal', { method: 'files.list' });
}

function Chooser({ req }: { req: OpenRequest }) {
  const t = useT();
  const { call } = useServices();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [text, setText] = useState(req.mode === 'save' ? (req.defaultName ?? '') : '');
  const [active, setActive] = useState(-1);
  const [error, setError] = useState<string | null>(null);

  /** Shows `folder` (default: the host's default folder); null, with the message shown, when it cannot. */
  const go = useCallback(
    async (folder: string | undefined, quiet = false): Promise<FolderListing | null> => {
      try {
        const next = await call('files.list', { ...(folder ? { folder } : {}), extensions: [...req.extensions] });
        setListing(next);
        setActive(-1);
        setError(null);
        return next;
      } catch (err) {
        if (!quiet) setError(failure(t, err));
        return null;
      }
    },
    [call, req.extensions, t],
  );

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = ref.current;
    if (d && !d.open) d.showModal();
    d?.querySelector<HTMLInputElement>('input')?.select();
    // A start folder that is gone (a moved project) falls back to the default folder.
    void go(req.folder, true).then((ok) => (ok ? undefined : go(undefined)));
    if (req.mode === 'open') void call('files.recent', {}).then(setRecent, () => setRecent([]));
    return () => {
      if (d?.open) d.close();
      if (before?.isConnected) before.focus();
    };
  }, [call, go, req.folder, req.mode]);

  const entries = listing?.entries ?? [];

  /** Saves to `path` in the folder `inFolder` lists, asking first before it replaces a file there. */
  async function pick(path: string, inFolder: FolderListing) {
    if (req.mode === 'save') {
      const name = path.split(/[\\/]/).pop() ?? '';
      if (inFolder.entries.some((e) => e.kind === 'file' && (e.path === path || e.name === name))) {
        const answer = await ask({
          title: t('files.replaceTitle'),
          message: t('files.replaceMessage', { name }),
          choices: [
            { id: 'replace', label: t('files.replace'), danger: true },
            { id: 'back', label: t('files.back'), primary: true },
          ],
          cancel: 'back',
        });
        if (answer !== 'replace') return;
      }
    }
    req.answer(path);
  }

  /** Enter in the field or on the confirm button. */
  async function confirm() {
    const typed = text.trim();
    if (req.mode === 'folder') {
      if (typed && (await go(joinPath(listing?.folder ?? '', typed)))) return setText('');
      if (listing && !typed) req.answer(listing.folder);
      return;
    }
    if (!typed) return setError(t(req.mode === 'open' ? 'files.chooseAFile' : 'files.typeAName'));
    const path = listing ? joinPath(listing.folder, typed) : typed;
    // A folder typed or pasted into the field is opened, not taken for a file.
    const folderEntry = entries.find((e) => e.kind === 'folder' && (e.path === path || e.name === typed));
    if (folderEntry) {
      setText(req.mode === 'save' ? text : '');
      return void go(folderEntry.path);
    }
    if (req.mode === 'open') {
      const file = entries.find((e) => e.kind === 'file' && (e.path === path || e.name === typed));
      if (file) return req.answer(file.path);
      // Not in this folder: a folder elsewhere is shown, else the path is opened as typed (the host says if it is missing).
      if (await go(path, true)) return setText('');
      return req.answer(path);
    }
    // A folder typed or pasted (an absolute path, say) is shown; the proposed name stays.
    if (await go(path, true)) return setText(req.defaultName ?? '');
    // A save into another folder: that folder must exist (its own message if not).
    const target = withExtension(path, req.extensions[0]);
    const folder = folderOf(target) || (listing?.folder ?? '');
    const inFolder = listing && folder === listing.folder ? listing : await go(folder);
    if (inFolder) await pick(target, inFolder);
  }

  function choose(i: number) {
    const e = entries[i];
    if (!e) return;
    if (e.kind === 'folder') {
      void go(e.path);
      return;
    }
    if (req.mode === 'open') req.answer(e.path);
    else if (listing) {
      setText(e.name);
      void pick(e.path, listing);
    }
  }

  function listKeys(e: KeyboardEvent<HTMLUListElement>) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, Math.min(entries.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      setActive(e.key === 'Home' ? 0 : entries.length - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(active);
    } else if (e.key === 'Backspace' && listing?.parent) {
      e.preventDefault();
      void go(listing.parent);
    }
  }

  useEffect(() => {
    ref.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const listId = useId();
  return (
    <dialog
      ref={ref}
      className="file-chooser"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        req.answer(null);
      }}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <h2 id={titleId}>{t(req.title ?? TITLE[req.mode])}</h2>
      <form
        className="file-chooser-field"
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        <label>
          {t(FIELD[req.mode])}
          <input
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' && entries.length > 0) {
                e.preventDefault();
                setActive(0);
                ref.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
              }
            }}
            spellCheck={false}
            autoComplete="off"
          />
        </label>
      </form>
      <div className="file-chooser-bar">
        <button type="button" disabled={!listing?.parent} onClick={() => listing?.parent && void go(listing.parent)} aria-label={t('files.up')} title={t('files.up')}>
          ↑
        </button>
        <span className="file-chooser-folder" aria-live="polite">
          {listing?.folder ?? '…'}
        </span>
      </div>
      <nav className="file-chooser-places" aria-label={t('files.places')}>
        {(listing?.places ?? []).map((p) => (
          <button key={p.path} type="button" onClick={() => void go(p.path)}>
            {p.label === 'root' ? p.path : t(p.label === 'documents' ? 'files.documents' : 'files.home')}
          </button>
        ))}
      </nav>
      {error && (
        <p className="file-chooser-error" role="alert">
          {error}
        </p>
      )}
      <ul id={listId} className="file-chooser-list" role="listbox" tabIndex={0} aria-label={t('files.contents')} aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined} onKeyDown={listKeys}>
        {entries.length === 0 && listing && <li className="file-chooser-empty">{t('files.empty')}</li>}
        {entries.map((e, i) => (
          <li
            key={e.path}
            id={`${listId}-${i}`}
            data-index={i}
            role="option"
            aria-selected={i === active}
            className={`${e.kind}${i === active ? ' active' : ''}`}
            onClick={() => setActive(i)}
            onDoubleClick={() => choose(i)}
          >
            <span aria-hidden="true">{e.kind === 'folder' ? '📁' : '📄'}</span> {e.name}
            {e.kind === 'file' && e.modifiedAt && <span className="file-chooser-meta">{new Date(e.modifiedAt).toLocaleString()}</span>}
          </li>
        ))}
      </ul>
      {req.mode === 'open' && recent.length > 0 && (
        <section className="file-chooser-recent" aria-label={t('files.recent')}>
          <h3>{t('files.recent')}</h3>
          <ul>
            {recent.map((r) => (
              <li key={r.path}>
                <button type="button" disabled={!r.exists} onClick={() => req.answer(r.path)} title={r.path}>
                  {r.title} <span className="file-chooser-meta">{r.exists ? r.path : t('files.missing', { path: r.path })}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => (active >= 0 && req.mode === 'open' && !text.trim() ? choose(active) : void confirm())}>
          {t(CONFIRM[req.mode])}
        </button>
        <button type="button" onClick={() => req.answer(null)}>
          {t('files.cancel')}
        </button>
      </div>
    </dialog>
  );
}
