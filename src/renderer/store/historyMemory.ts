/**
 * Keeps the undo history of an open project in the tab's sessionStorage, so that reloading the
 * view (F5, a renderer that restarts) keeps Ctrl+Z working (DESIGN §5).
 *
 * Why the tab and not the working copy: undo is view state of one window, not part of the
 * project. Stored with the project, it would travel in `.vlinder` files and be shared by two
 * windows on one working copy, whose histories must stay apart. sessionStorage lives exactly as
 * long as the tab (a reload keeps it, closing the tab ends it) and costs no API round trip per edit.
 *
 * The history is stored with the working copy's revision; it is used again only when the
 * revision still matches, so patches are never replayed onto a document they were not made for.
 */
import type { History, HistoryEntry } from './history.ts';

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

interface Stored {
  revision: number;
  past: HistoryEntry[];
  future: HistoryEntry[];
}

const keyOf = (sessionId: string) => `vlinder.history.${sessionId}`;

function tabStorage(): KeyValueStore | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage blocked: undo simply does not survive a reload
  }
}

const isEntry = (e: unknown): e is HistoryEntry =>
  typeof e === 'object' && e !== null && typeof (e as HistoryEntry).id === 'string' && typeof (e as HistoryEntry).label === 'string' && Array.isArray((e as HistoryEntry).patches) && Array.isArray((e as HistoryEntry).inverse);

function parse(text: string | null): Stored | null {
  if (!text) return null;
  try {
    const v = JSON.parse(text) as Stored;
    return typeof v.revision === 'number' && Array.isArray(v.past) && Array.isArray(v.future) && v.past.every(isEntry) && v.future.every(isEntry) ? v : null;
  } catch {
    return null;
  }
}

export interface HistoryMemory {
  /** The stored history of `sessionId`, or null when there is none for this revision. */
  load(sessionId: string, revision: number): History | null;
  save(sessionId: string, revision: number, history: History): void;
  forget(sessionId: string): void;
}

export function historyMemory(store: KeyValueStore | null = tabStorage()): HistoryMemory {
  return {
    load(sessionId, revision) {
      const stored = parse(store?.getItem(keyOf(sessionId)) ?? null);
      return stored && stored.revision === revision ? { past: stored.past, future: stored.future, gesture: null } : null;
    },
    save(sessionId, revision, history) {
      if (!store) return;
      let past = history.past;
      // When the tab's storage is full, the oldest half of the history goes first.
      for (;;) {
        try {
          store.setItem(keyOf(sessionId), JSON.stringify({ revision, past, future: history.future }));
          return;
        } catch {
          if (past.length === 0) return store.removeItem(keyOf(sessionId));
          past = past.slice(Math.ceil(past.length / 2));
        }
      }
    },
    forget(sessionId) {
      try {
        store?.removeItem(keyOf(sessionId));
      } catch {
        /* nothing stored */
      }
    },
  };
}
