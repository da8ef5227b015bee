/** Saving the open project to a .vlinder file: to its own file, or to one the user picks (Save As). */
import { t } from '../../shared/i18n/t.ts';
import { ClientError } from '../api/client.ts';
import { errorMessage } from '../i18n/useT.ts';
import { useUi } from '../store/uiStore.ts';
import type { CommandContext } from '../AppContext.tsx';
import { folderOf } from '../store/fileChooserStore.ts';
import { pickPath } from './pickPath.ts';

function fail(ctx: CommandContext, err: unknown): void {
  const lang = useUi.getState().lang;
  const message = err instanceof ClientError ? errorMessage((k, p) => t(lang, k, p), err.data) : t(lang, 'error.internal', { method: '?' });
  ctx.notify(message, 'error');
}

/** Saves; returns whether the work is now in a file (false when the user gave no path or saving failed). */
export async function saveProject(ctx: CommandContext, saveAs: boolean): Promise<boolean> {
  const state = ctx.useDoc.getState();
  if (!state.sessionId) return false;
  let path = saveAs ? null : state.path;
  if (!path) {
    const folder = state.path ? folderOf(state.path) : '';
    path = await pickPath(ctx, { mode: 'save', extensions: ['.vlinder'], defaultName: `${state.doc?.project.title ?? 'project'}.vlinder`, ...(folder ? { folder } : {}) });
  }
  if (!path) return false;
  try {
    await ctx.useDoc.getState().whenPersisted();
    const result = await ctx.call('project.save', { sessionId: state.sessionId, path });
    ctx.useDoc.getState().setSaved(result.path);
    ctx.notify(t(useUi.getState().lang, 'project.saved'));
    return true;
  } catch (err) {
    fail(ctx, err);
    return false;
  }
}
