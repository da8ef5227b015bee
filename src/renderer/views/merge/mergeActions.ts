/**
 * What the compare and merge commands do: ask for the other copy, compare or prepare the merge
 * against what the working copy holds, and apply a merge as one undoable edit that carries the
 * other copy's lineage (docStore adopts it while the edit is done).
 */
import { t as translate, type MessageParams } from '../../../shared/i18n/t.ts';
import { replaceDoc } from '../../../shared/merge/replaceDoc.ts';
import type { ApiErrorData } from '../../../shared/api/errors.ts';
import type { CommandContext } from '../../AppContext.tsx';
import { ClientError } from '../../api/client.ts';
import { pickPath } from '../../commands/pickPath.ts';
import { useCompare } from '../../store/compareStore.ts';
import { useUi } from '../../store/uiStore.ts';
import { useMergeDialog } from './mergeStore.ts';
import type { MessageKey } from '../../../shared/i18n/t.ts';

const asData = (err: unknown, method: string): ApiErrorData => (err instanceof ClientError ? err.data : { code: 'internal', messageKey: 'error.internal', params: { method } });
const tr = (key: MessageKey, params?: MessageParams) => translate(useUi.getState().lang, key, params);

/** The other copy's path, chosen by the user; null when cancelled. */
export function pickOther(ctx: CommandContext): Promise<string | null> {
  return pickPath(ctx, { mode: 'open', extensions: ['.vlinder'], title: 'merge.chooseOther' });
}

/** Compares the open project with the copy at `path` and shows the result (or the refusal) in the compare panel. */
export async function compareWith(ctx: CommandContext, path: string): Promise<void> {
  const doc = ctx.useDoc.getState();
  if (!doc.sessionId) return;
  await doc.whenPersisted();
  const sessionId = doc.sessionId;
  const outcome = await ctx.call('merge.compare', { sessionId, path }).then(
    (result) => ({ result }),
    (err: unknown) => ({ error: asData(err, 'merge.compare') }),
  );
  useCompare.getState().show(sessionId, path, outcome);
}

/** Opens the merge dialog for the copy at `path`: what is taken without asking, and the conflicts. */
export async function startMerge(ctx: CommandContext, path: string): Promise<void> {
  const doc = ctx.useDoc.getState();
  if (!doc.sessionId) return;
  await doc.whenPersisted();
  const outcome = await ctx.call('merge.prepare', { sessionId: doc.sessionId, path, choices: {} }).then(
    (prepared) => ({ prepared }),
    (err: unknown) => ({ error: asData(err, 'merge.prepare') }),
  );
  useMergeDialog.getState().open(path, outcome);
}

/**
 * Merges with the dialog's choices: the merged document replaces the open one in one edit (one
 * Ctrl+Z takes it back, and gives the working copy its own lineage back).
 */
export async function applyMerge(ctx: CommandContext): Promise<void> {
  const dialog = useMergeDialog.getState();
  const { sessionId } = ctx.useDoc.getState();
  if (!dialog.path || !sessionId) return;
  dialog.setBusy(true);
  await ctx.useDoc.getState().whenPersisted();
  let out;
  try {
    out = await ctx.call('merge.prepare', { sessionId, path: dialog.path, choices: dialog.choices });
  } catch (err) {
    return dialog.fail(asData(err, 'merge.prepare'));
  }
  if (out.open.length > 0) return useMergeDialog.getState().open(dialog.path, { prepared: out });
  const merged = out.doc;
  const changed = ctx.useDoc.getState().edit(tr('merge.undo', { title: out.theirs.title }), (d) => replaceDoc(d, merged), { lineage: out.lineage });
  useMergeDialog.getState().close();
  if (changed === undefined) return;
  useCompare.getState().close();
  const summary = tr('merge.summary', { mine: out.taken.mine, theirs: out.taken.theirs, conflicts: Object.keys(dialog.choices).length });
  ctx.notify(changed === 0 ? tr('merge.same') : tr('merge.done', { title: out.theirs.title, summary }));
}
