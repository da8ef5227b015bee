/**
 * Editor state that is not part of the document: the label being edited in place, the open
 * draft (a new element not yet committed, shown in a preview of the document), path focus and
 * the last arrow move. Selection itself lives in uiStore (it survives switching views).
 */
import { produce } from 'immer';
import { create } from 'zustand';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import { sequentialIdentity, withIdentity } from '../../shared/model/ops/stamp.ts';
import { applyDraft, type Draft } from './drafts.ts';
import type { LastMove } from './navigation.ts';

export interface OpenDraft {
  spec: Draft;
  /** The document with the new element in it (label empty), for the canvas to show. */
  preview: ProjectDoc;
  /** Node key of the new element in the preview. */
  key: string;
}

/** A measure property chosen from the quick-choice line (O, S, W on a selected measure). */
export type QuickField = 'owner' | 'status' | 'effectiveness';

export interface EditorState {
  /** Node key whose label is being edited (a draft's key while a draft is open). */
  editingKey: string | null;
  draft: OpenDraft | null;
  /** Alt+F: dim everything but the selected path. */
  focusMode: boolean;
  lastMove: LastMove | null;
  /** Grows with every edit session, so each one gets a fresh text field. */
  serial: number;
  /** Text that replaces the label when a rename was started by typing (like a spreadsheet cell). */
  seed: string | null;
  /** Inspector shown (null: the theme decides — hidden in the projector theme, to give the bow-tie the room). */
  inspectorOpen: boolean | null;
  setInspectorOpen(open: boolean | null): void;
  /** Risk list shown (null: the theme decides — a narrow rail in the projector theme). */
  sidebarOpen: boolean | null;
  setSidebarOpen(open: boolean | null): void;
  /** Opens the label of `key` for editing; with `seed`, the field starts with that text instead. */
  startRename(key: string, seed?: string): void;
  /** Opens a draft; returns false when the operation refuses it (e.g. the path is gone). */
  startDraft(doc: ProjectDoc, spec: Draft): boolean;
  stopEditing(): void;
  setFocusMode(on: boolean): void;
  setLastMove(move: LastMove | null): void;
  /** The open quick-choice line: which property of which measure (node key). */
  choice: { field: QuickField; key: string } | null;
  setChoice(choice: { field: QuickField; key: string } | null): void;
}

/** Draft previews get ids of their own (never those of a stored element), new for each draft. */
const DRAFT_SEED = 0x5eed;

/** The preview document and key for a draft, or null when the draft cannot be applied. */
export function previewDraft(doc: ProjectDoc, spec: Draft, serial = 0): { preview: ProjectDoc; key: string } | null {
  let key = '';
  try {
    const preview = withIdentity(sequentialIdentity(DRAFT_SEED + serial), () =>
      produce(doc, (d) => {
        key = applyDraft(d as ProjectDoc, spec, '');
      }),
    );
    return { preview, key };
  } catch {
    return null;
  }
}

export const useEditor = create<EditorState>()((set, get) => ({
  editingKey: null,
  draft: null,
  focusMode: false,
  lastMove: null,
  serial: 0,
  seed: null,
  inspectorOpen: null,
  setInspectorOpen: (inspectorOpen) => set({ inspectorOpen }),
  sidebarOpen: null,
  setSidebarOpen: (sidebarOpen) => set({ sidebarOpen }),
  startRename: (key, seed) => set((s) => ({ editingKey: key, draft: null, serial: s.serial + 1, seed: seed ?? null })),
  startDraft(doc, spec) {
    const serial = get().serial + 1;
    const p = previewDraft(doc, spec, serial);
    if (!p) return false;
    set({ draft: { spec, preview: p.preview, key: p.key }, editingKey: p.key, serial, seed: null });
    return true;
  },
  stopEditing: () => set({ editingKey: null, draft: null, seed: null }),
  setFocusMode: (focusMode) => set({ focusMode }),
  setLastMove: (lastMove) => set({ lastMove }),
  choice: null,
  setChoice: (choice) => set({ choice }),
}));
