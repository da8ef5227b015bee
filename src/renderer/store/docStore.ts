/**
 * The open document in the renderer, and the one way the UI edits it: `edit(label, recipe)`.
 * A recipe works on an immer draft of the ProjectDoc (usually one of the pure operations of
 * src/shared/model/ops). The store applies it locally at once, records one undo entry per
 * gesture, and persists the resulting whole-entity changes through the API in order.
 *
 * A refused change becomes a message (`error`, shown by the app frame) in both places it can be
 * refused: by the operation itself (it throws, nothing changes) and by the working copy (the
 * document is reloaded from the working copy, so screen and file never disagree, with the edits
 * still on their way laid over it; only that change's undo entry is dropped). The undo history
 * outlives a reload of the view (historyMemory).
 */
import { applyPatches, enablePatches, produceWithPatches, type Patch } from 'immer';
import { create } from 'zustand';
import type { CallFn } from '../../shared/api/contract.ts';
import type { ApiErrorData } from '../../shared/api/errors.ts';
import type { MergeLineage } from '../../shared/api/methods/merge.ts';
import type { Session } from '../../shared/api/methods/project.ts';
import { CheckError } from '../../shared/model/check.ts';
import { changesFromPatches, type ProjectDoc } from '../../shared/model/doc.ts';
import { ClientError } from '../api/client.ts';
import { dropEntry, emptyHistory, record, redo, undo, type History } from './history.ts';
import { historyMemory, type HistoryMemory } from './historyMemory.ts';

enablePatches();

export interface DocState {
  sessionId: string | null;
  path: string | null;
  dirty: boolean;
  doc: ProjectDoc | null;
  history: History;
  /** Number of changes sent but not yet acknowledged. */
  pending: number;
  /** The working copy's revision after the last acknowledged change. */
  revision: number;
  error: ApiErrorData | null;
}

export interface EditOptions {
  riskId?: string | null;
  /** Edits sharing a gesture id merge into one undo entry (e.g. all moves of one drag). */
  gesture?: string | null;
  /**
   * The edit applies a merge with another copy: while its entry is done (not undone, not
   * refused) the working copy holds this lineage, so the next save records both parents.
   */
  lineage?: MergeLineage;
}

export interface DocActions {
  load(session: Session): void;
  clear(): void;
  /**
   * Applies `recipe` to the document as one undo entry labelled `label`; returns the recipe's
   * result, or undefined when there is no document or the recipe refused (threw): then nothing
   * changes and the refusal is reported through `error`.
   */
  edit<R>(label: string, recipe: (draft: ProjectDoc) => R, opts?: EditOptions): R | undefined;
  endGesture(): void;
  undo(): string | null;
  redo(): string | null;
  /** Resolves once every change made so far has been acknowledged or refused by the working copy. */
  whenPersisted(): Promise<void>;
  setSaved(path: string): void;
  clearError(): void;
}

export type DocStore = DocState & DocActions;

/** The message for a change an operation refused (a CheckError names what is wrong, as a message the UI translates). */
function refusal(err: unknown): ApiErrorData {
  const reason = err instanceof CheckError ? err.toMessage() : err instanceof Error ? err.message : String(err);
  return { code: 'doc.invalidChange', messageKey: 'edit.refused', params: { reason } };
}

export function createDocStore(call: CallFn, memory: HistoryMemory = historyMemory()) {
  let queue: Promise<void> = Promise.resolve();
  /** The patches of the changes sent or queued and not yet answered, in order. */
  const waiting: { patches: Patch[] }[] = [];
  /** What the working copy holds, as far as this view knows: each change is sent as this plus its patches. */
  let base: ProjectDoc | null = null;
  let entryCount = 0;
  const entryId = () => `${Date.now().toString(36)}.${++entryCount}`;

  return create<DocStore>()((set, get) => {
    /** Stores the history once the working copy has caught up with it. */
    function remember(): void {
      const s = get();
      if (s.sessionId && s.pending === 0) memory.save(s.sessionId, s.revision, s.history);
    }

    /** Sends the changes of `patches` (made by history entry `id`); returns the state update for the caller's one `set`. */
    function persist(after: ProjectDoc, patches: Patch[], id: string): Partial<DocState> {
      const sessionId = get().sessionId;
      const changes = changesFromPatches(after, patches);
      if (!sessionId || changes.length === 0) return {};
      const mine = { patches };
      waiting.push(mine);
      const answered = () => {
        const i = waiting.indexOf(mine);
        if (i >= 0) waiting.splice(i, 1);
      };
      // Built when it is sent, on what the working copy holds: a change refused before it must
      // not travel along inside this one's whole entities.
      let sent: ProjectDoc = after;
      queue = queue
        .then(() => {
          sent = onBase(patches) ?? after;
          const now = changesFromPatches(sent, patches);
          return call('project.apply', { sessionId, changes: now.length > 0 ? now : changes });
        })
        .then(
          ({ revision }) => {
            answered();
            base = sent;
            if (get().sessionId !== sessionId) return;
            set((s) => ({ pending: s.pending - 1, revision }));
            remember();
          },
          async (err: unknown) => {
            answered();
            if (get().sessionId !== sessionId) return;
            const error = err instanceof ClientError ? err.data : { code: 'internal' as const, messageKey: 'error.internal', params: { method: 'project.apply' } };
            // Resynchronise with the working copy: it holds the truth. The changes queued after
            // this one have not been sent yet (the queue waits for this handler); they are laid
            // over what the file holds, so what was typed meanwhile stays on screen.
            const fresh = await call('project.get', { sessionId }).catch(() => null);
            if (get().sessionId !== sessionId) return;
            if (fresh) base = fresh.doc;
            const shown = fresh ? rebase(fresh.doc) : null;
            set((s) => ({ pending: s.pending - 1, error, history: dropEntry(s.history, id), ...(fresh && shown ? { doc: shown, dirty: fresh.dirty || waiting.length > 0, revision: fresh.revision } : {}) }));
            remember();
          },
        );
      return { pending: get().pending + 1, dirty: true };
    }

    /** What the working copy holds with `patches` applied, or null when they do not fit it. */
    function onBase(patches: Patch[]): ProjectDoc | null {
      if (!base) return null;
      try {
        return applyPatches(base, patches);
      } catch {
        return null;
      }
    }

    /** `doc` with the waiting changes applied; a change that no longer fits is left to its own refusal. */
    function rebase(doc: ProjectDoc): ProjectDoc {
      let out = doc;
      for (const w of waiting) {
        try {
          out = applyPatches(out, w.patches);
        } catch {
          // The working copy will refuse it too, and resynchronise again.
        }
      }
      return out;
    }

    function replay(patches: Patch[], id: string): void {
      const doc = get().doc;
      if (!doc) return;
      const next = applyPatches(doc, patches);
      set({ doc: next, ...persist(next, patches, id) });
    }

    /** After the changes before it, tells the working copy the lineage of merge entry `id`: its own while done, none otherwise. */
    function adoptAfter(id: string): void {
      const sessionId = get().sessionId;
      if (!sessionId) return;
      queue = queue.then(async () => {
        if (get().sessionId !== sessionId) return;
        const lineage = get().history.past.find((e) => e.id === id)?.lineage ?? null;
        await call('merge.adopt', { sessionId, lineage }).catch((err: unknown) => set({ error: err instanceof ClientError ? err.data : { code: 'internal', messageKey: 'error.internal', params: { method: 'merge.adopt' } } }));
      });
    }

    return {
      sessionId: null,
      path: null,
      dirty: false,
      doc: null,
      history: emptyHistory(),
      pending: 0,
      revision: 0,
      error: null,

      load(session) {
        const previous = get().sessionId;
        if (previous && previous !== session.sessionId) memory.forget(previous);
        const history = memory.load(session.sessionId, session.revision) ?? emptyHistory();
        base = session.doc;
        waiting.length = 0;
        set({ sessionId: session.sessionId, path: session.path, dirty: session.dirty, doc: session.doc, history, pending: 0, revision: session.revision, error: null });
      },
      clear() {
        const { sessionId } = get();
        if (sessionId) memory.forget(sessionId);
        base = null;
        waiting.length = 0;
        set({ sessionId: null, path: null, dirty: false, doc: null, history: emptyHistory(), pending: 0, revision: 0, error: null });
      },
      edit(label, recipe, opts = {}) {
        const doc = get().doc;
        if (!doc) return undefined;
        let result: ReturnType<typeof recipe> | undefined;
        let produced: readonly [ProjectDoc, Patch[], Patch[]];
        try {
          produced = produceWithPatches(doc, (draft) => {
            result = recipe(draft as ProjectDoc);
          });
        } catch (err) {
          set({ error: refusal(err) });
          return undefined;
        }
        const [next, patches, inverse] = produced;
        if (patches.length === 0) return result;
        const id = entryId();
        const history = record(get().history, { id, label, riskId: opts.riskId ?? null, patches, inverse, ...(opts.lineage ? { lineage: opts.lineage } : {}) }, opts.gesture ?? null);
        // The entry id that persists is the one the history keeps (a gesture merges into its first entry).
        const kept = history.past[history.past.length - 1]!.id;
        set({ doc: next, history, ...persist(next, patches, kept) });
        if (opts.lineage) adoptAfter(kept);
        return result;
      },
      endGesture() {
        set((s) => ({ history: { ...s.history, gesture: null } }));
      },
      undo() {
        const step = undo(get().history);
        if (!step) return null;
        set({ history: step.history });
        replay(step.entry.inverse, step.entry.id);
        if (step.entry.lineage) adoptAfter(step.entry.id);
        return step.entry.riskId;
      },
      redo() {
        const step = redo(get().history);
        if (!step) return null;
        set({ history: step.history });
        replay(step.entry.patches, step.entry.id);
        if (step.entry.lineage) adoptAfter(step.entry.id);
        return step.entry.riskId;
      },
      async whenPersisted() {
        // Changes made while waiting extend the queue; wait for those too.
        let seen: Promise<void>;
        do {
          seen = queue;
          await seen;
        } while (seen !== queue);
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
