/**
 * Leaving a project with unsaved changes (Close, New, Open), the way Word asks: Opslaan / Niet
 * opslaan / Annuleren. "Niet opslaan" asks once more and is the only answer that deletes the
 * working copy; every other way out keeps it, so the welcome screen offers it for recovery.
 */
import { t, type MessageKey } from '../../shared/i18n/t.ts';
import { rememberSession } from '../sessionMemory.ts';
import { ask } from '../store/askStore.ts';
import { useUi } from '../store/uiStore.ts';
import type { CommandContext } from '../AppContext.tsx';
import { saveProject } from './saveProject.ts';

const tr = (key: MessageKey, params?: Record<string, string | number>) => t(useUi.getState().lang, key, params);

/** What to do with the open project: leave it (working copy kept if unsaved), discard it, or stay. */
export type LeaveChoice = 'leave' | 'discard' | 'stay';

/** Asks before leaving the open project; does not close it. */
export async function confirmLeave(ctx: CommandContext): Promise<LeaveChoice> {
  await ctx.useDoc.getState().whenPersisted();
  const { doc, dirty, path } = ctx.useDoc.getState();
  if (!doc || !dirty) return 'leave';
  const title = doc.project.title;
  const answer = await ask({
    title: tr('close.title'),
    message: tr(path ? 'close.message' : 'close.messageNoFile', { title }),
    hint: tr('close.hint'),
    choices: [
      { id: 'save', label: tr('close.save'), primary: true },
      { id: 'dontSave', label: tr('close.dontSave') },
      { id: 'cancel', label: tr('close.cancel') },
    ],
    cancel: 'cancel',
  });
  if (answer === 'save') return (await saveProject(ctx, false)) ? 'leave' : 'stay';
  if (answer === 'dontSave') return (await confirmDiscard(title)) ? 'discard' : 'stay';
  return 'stay';
}

/** The second question before unsaved work is deleted for good. */
export async function confirmDiscard(title: string): Promise<boolean> {
  const answer = await ask({
    title: tr('discard.title'),
    message: tr('discard.message', { title }),
    choices: [
      { id: 'discard', label: tr('discard.confirm'), danger: true },
      { id: 'back', label: tr('discard.cancel'), primary: true },
    ],
    cancel: 'back',
  });
  return answer === 'discard';
}

/** Closes the open session; its working copy is deleted only when `discard`. Shows the welcome screen. */
export async function closeSession(ctx: CommandContext, discard: boolean): Promise<void> {
  const { sessionId } = ctx.useDoc.getState();
  if (sessionId) await ctx.call('project.close', { sessionId, discard }).catch(() => undefined);
  rememberSession(null);
  ctx.useDoc.getState().clear();
  useUi.getState().openRisk(null);
}

/** The "Sluiten" command. */
export async function closeProject(ctx: CommandContext): Promise<void> {
  const choice = await confirmLeave(ctx);
  if (choice !== 'stay') await closeSession(ctx, choice === 'discard');
}

/**
 * Before another project replaces the open one (New, Open): true when it may. After "Niet
 * opslaan" the open project is discarded here; otherwise it stays until the new one is shown.
 */
export async function mayLeaveProject(ctx: CommandContext): Promise<boolean> {
  const choice = await confirmLeave(ctx);
  if (choice === 'discard') await closeSession(ctx, true);
  return choice !== 'stay';
}
