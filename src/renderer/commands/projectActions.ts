/**
 * Opening projects, shared by the welcome screen and the commands (menu, palette, shortcuts):
 * the new session replaces the open one (the caller first asks about unsaved work, see
 * leaveProject.ts); the working copy it replaces stays recoverable.
 */
import type { Session } from '../../shared/api/methods/project.ts';
import { t } from '../../shared/i18n/t.ts';
import { ClientError } from '../api/client.ts';
import { errorMessage } from '../i18n/useT.ts';
import { rememberSession } from '../sessionMemory.ts';
import { useUi } from '../store/uiStore.ts';
import type { CommandContext } from '../AppContext.tsx';
import { pickPath } from './pickPath.ts';

const tr = (key: Parameters<typeof t>[1], params?: Parameters<typeof t>[2]) => t(useUi.getState().lang, key, params);

/** Runs `open` and shows its session; reports errors as a notice. Returns whether it worked. */
export async function showSession(ctx: CommandContext, open: () => Promise<Session>): Promise<boolean> {
  try {
    const session = await open();
    const previous = ctx.useDoc.getState().sessionId;
    if (previous && previous !== session.sessionId) await ctx.call('project.close', { sessionId: previous }).catch(() => undefined);
    rememberSession(session.sessionId);
    ctx.useDoc.getState().load(session);
    useUi.getState().openRisk(null);
    return true;
  } catch (err) {
    ctx.notify(err instanceof ClientError ? errorMessage(tr, err.data) : String(err), 'error');
    return false;
  }
}

/** A new project opens where the IVRP starts: the register (with the steps line). */
export async function newProject(ctx: CommandContext): Promise<boolean> {
  const ok = await showSession(ctx, () => ctx.call('project.create', { title: tr('project.untitled') }));
  if (ok) useUi.getState().setView('register');
  return ok;
}

export function openExample(ctx: CommandContext): Promise<boolean> {
  return showSession(ctx, () => ctx.call('project.openExample', {}));
}

export function openPath(ctx: CommandContext, path: string): Promise<boolean> {
  return showSession(ctx, () => ctx.call('project.open', { path }));
}

/**
 * Asks for a project file (the native dialog in the desktop app, the in-app chooser in browser
 * mode) and opens it. False when the user cancelled or the file could not be opened.
 */
export async function openWithDialog(ctx: CommandContext): Promise<boolean> {
  const path = await pickPath(ctx, { mode: 'open', extensions: ['.vlinder'] });
  return path ? openPath(ctx, path) : false;
}
