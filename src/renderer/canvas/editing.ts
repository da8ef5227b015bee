/**
 * Committing and cancelling in-place edits. A draft commits as one edit (one undo entry) and,
 * unless its label was empty, opens the next draft of the same kind right after it; a rename
 * commits only when the label changed.
 */
import { t, type MessageKey } from '../../shared/i18n/t.ts';
import { useUi } from '../store/uiStore.ts';
import { canvasBridge } from './canvasBridge.ts';
import { applyDraft, nextDraft, type Draft } from './drafts.ts';
import { useEditor } from './editorStore.ts';
import { labelOf, renameNode } from './nodeActions.ts';
import type { CommandContext } from '../AppContext.tsx';

const tr = (key: MessageKey) => t(useUi.getState().lang, key);

const ADD_LABEL: Record<Draft['kind'], MessageKey> = {
  cause: 'bowtie.addCause',
  consequence: 'bowtie.addConsequence',
  measure: 'bowtie.addMeasure',
  escalation: 'bowtie.addEscalation',
};

/** Commits the open draft or rename with `value`. */
export function commitLabel(ctx: CommandContext, riskId: string, value: string, opts: { chain?: boolean } = {}): void {
  const { draft, editingKey } = useEditor.getState();
  const label = value.trim();
  if (draft) {
    if (!label) return cancelEditing();
    const key = ctx.useDoc.getState().edit(tr(ADD_LABEL[draft.spec.kind]), (d) => applyDraft(d, draft.spec, label), { riskId });
    if (!key) return cancelEditing();
    useUi.getState().select(key);
    const doc = ctx.useDoc.getState().doc;
    if (opts.chain === false || !doc || !useEditor.getState().startDraft(doc, nextDraft(doc, draft.spec, key))) cancelEditing();
    return;
  }
  if (!editingKey) return;
  const doc = ctx.useDoc.getState().doc;
  const before = doc ? labelOf(doc, riskId, editingKey) : null;
  cancelEditing();
  if (before === null || label === before.trim() || (!label && editingKey !== 'hazard' && editingKey !== 'event')) return;
  ctx.useDoc.getState().edit(tr('bowtie.rename'), (d) => renameNode(d, riskId, editingKey, label), { riskId });
}

/** Drops the open draft or rename; the selection stays where it was. */
export function cancelEditing(): void {
  useEditor.getState().stopEditing();
  returnFocus();
}

/** After the text field closes, the keyboard goes back to the selected node. */
function returnFocus(): void {
  requestAnimationFrame(() => {
    const a = document.activeElement;
    if (useEditor.getState().editingKey === null && (!a || a === document.body)) canvasBridge.get()?.focus(useUi.getState().selection);
  });
}
