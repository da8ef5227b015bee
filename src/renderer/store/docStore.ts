/**
 * The open document in the renderer. Every edit is a recipe over an immer draft of the ProjectDoc
 * (usually one of the pure operations of src/shared/model/ops); the store applies it locally at
 * once, records one undo entry per gesture, and persists the resulting whole-entity changes
 * through the API in order. If the Node side refuses a change, the document is reloaded from the
 * working copy so screen and file never disagree.
 */
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import { create } from 'zustand';
import type { CallFn } from '../../shared/api/contract.ts';
import type { ApiErrorData } from '../../shared/api/errors.ts';
import type { Session } from '../../shared/api/methods/project.ts';
import { changesFromPatches, type ProjectDoc } from '../../shared/model/doc.ts';
import { ClientError } from '../api/client.ts';
import { emptyHistory, record, redo, undo, type History } from './history.ts';

enablePatches();

export interface DocState {
  sessionId: string | null;
  path: string | null;
  dirty: boolean;
  doc: ProjectDoc | null;
  history: History;
  /** Number of changes sent but not yet acknowledged. */
  pending: number;
  error: ApiErrorData | null;
}

export interface EditOptions {
  riskId?: string | null;
  /** Edits sharing a gesture id merge into one undo entry (e.g. all moves of one drag). */
  gesture?: string | null;
}

export interface DocActions {
  load(session: Session): void;
  clear(): void;
  /** Applies `recipe` to the document; returns the recipe's result. */
  edit<R>(label: string, recipe: (draft: ProjectDoc) => R, opts?: EditOptions): R | undefined;
  endGesture(): void;
  undo(): string | null;
  redo(): string | null;
  setSaved(path: string): void;
  clearError(): void;
}

export type DocStore = DocState & DocActions;

export function createDocStore(call: CallFn) {
  let queue: Promise<void> = Promise.resolve();

  return create<DocStore>()((set, get) => {
    function persist(after: ProjectDoc, patches: Patch[]): void {
      const sessionId = get().sessionId;
      const changes = changesFromPatches(after, patches);
      if (!sessionId || changes.length === 0) return;
      set((s) => ({ pending: s.pending + 1, dirty: true }));
      queue = queue
        .then(() => call('project.apply', { sessionId, changes }))
        .then(
          () => set((s) => ({ pending: s.pending - 1 })),
          async (err: unknown) => {
            const error = err instanceof ClientError ? err.data : { code: 'internal' as const, messageKey: 'error.internal', params: { method: 'project.apply' } };
            set((s) => ({ pending: s.pending - 1, error }));
            // Resynchronise with the working copy: it holds the truth.
            const fresh = await call('project.get', { sessionId }).catch(() => null);
            if (fresh) set({ doc: fresh.doc, dirty: fresh.dirty, history: emptyHistory() });
          },
        );
    }

    function replay(patches: Patch[]): void {
      const doc = get().doc;
      if (!doc) return;
      const next = applyPatches(doc, patches);
      set({ doc: next });
      persist(next, patches);
    }

    return {
      sessionId: null,
      path: null,
      dirty: false,
      doc: null,
      history: emptyHistory(),
      pending: 0,
      error: null,

      load(session) {
        set({ sessionId: session.sessionId, path: session.path, dirty: session.dirty, doc: session.doc, history: emptyHistory(), error: null });
      },
      clear() {
        set({ sessionId: null, path: null, dirty: false, doc: null, history: emptyHistory(), error: null });
      },
      edit(label, recipe, opts = {}) {
        const doc = get().doc;
        if (!doc) return undefined;
        let result: ReturnType<typeof recipe> | undefined;
        const [next, patches, inverse] = produceWithPatches(doc, (draft) => {
          result = recipe(draft as ProjectDoc);
        });
        if (patches.length === 0) return result;
        set((s) => ({ doc: next, history: record(s.history, { label, riskId: opts.riskId ?? null, patches, inverse }, opts.gesture ?? null) }));
        persist(next, patches);
        return result;
      },
      endGesture() {
        set((s) => ({ history: { ...s.history, gesture: null } }));
      },
      undo() {
        const step = undo(get().history);
        if (!step) return null;
        set({ history: step.history });
        replay(step.entry.inverse);
        return step.entry.riskId;
      },
      redo() {
        const step = redo(get().history);
        if (!step) return null;
        set({ history: step.history });
        replay(step.entry.patches);
        return step.entry.riskId;
      },
      setSaved(path) {
        set({ path, dirty: false });
      },
      clearError() {
        set({ error: null });
      },
    };
  });
}

export type UseDocStore = ReturnType<typeof createDocStore>;
