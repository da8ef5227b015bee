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
import { parseNodeKey } from './nodeKey.ts';
import { onwardDraft, type Onward } from './tabDrafts.ts';
import type { CommandContext } from '../AppContext.tsx';

const tr = (key: MessageKey) => t(useUi.getState().lang, key);

const ADD_LABEL: Record<Draft['kind'], MessageKey> = {
  cause: 'bowtie.addCause',
  consequence: 'bowtie.addConsequence',
  measure: 'bowtie.addMeasure',
  escalation: 'bowtie.addEscalation',
};

/**
 * Commits the open draft or rename with `value`. `then`: instead of the next element of the same
 * kind, move on (Tab: next path, Shift+Tab: previous path, Shift+Enter: an escalation factor
 * under the measure) — an empty new element is then simply skipped.
 */
export function commitLabel(ctx: CommandContext, riskId: string, value: string, opts: { chain?: boolean; then?: Onward } = {}): void {
  const { draft, editingKey } = useEditor.getState();
  const label = value.trim();
  if (draft) {
    const kind = draft.spec.kind;
    if (!label) return opts.then ? moveOn(ctx, riskId, useUi.getState().selection, opts.then, kind === 'cause' || kind === 'consequence' ? kind : null, false) : cancelEditing();
    const key = ctx.useDoc.getState().edit(tr(ADD_LABEL[kind]), (d) => applyDraft(d, draft.spec, label), { riskId });
    if (!key) return cancelEditing();
    useUi.getState().select(key);
    if (opts.then) return moveOn(ctx, riskId, key, opts.then, null, kind === 'cause' || kind === 'consequence');
    const doc = ctx.useDoc.getState().doc;
    if (opts.chain === false || !doc || !useEditor.getState().startDraft(doc, nextDraft(doc, draft.spec, key))) cancelEditing();
    return;
  }
  if (!editingKey) return;
  const doc = ctx.useDoc.getState().doc;
  const before = doc ? labelOf(doc, riskId, editingKey) : null;
  cancelEditing();
  const changed = !(before === null || label === before.trim() || (!label && editingKey !== 'hazard' && editingKey !== 'event'));
  if (changed) ctx.useDoc.getState().edit(tr('bowtie.rename'), (d) => renameNode(d, riskId, editingKey, label), { riskId });
  const kind = parseNodeKey(editingKey)?.kind;
  if (opts.then) moveOn(ctx, riskId, editingKey, opts.then, null, kind === 'cause' || kind === 'consequence');
}

/** Opens the draft the keyboard moves on to (see tabDrafts.ts); with nowhere to go, the field closes. */
function moveOn(ctx: CommandContext, riskId: string, from: string | null, how: Onward, blankLine: 'cause' | 'consequence' | null, wasLine: boolean): void {
  const doc = ctx.useDoc.getState().doc;
  const next = doc ? onwardDraft(doc, riskId, from, how, blankLine, wasLine) : null;
  if (!doc || !next || !useEditor.getState().startDraft(doc, next)) return cancelEditing();
  const key = useEditor.getState().editingKey;
  if (key) requestAnimationFrame(() => canvasBridge.get()?.reveal(key));
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
