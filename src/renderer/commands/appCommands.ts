/** What the application frame does: project files, undo/redo, themes, language. */
import type { CommandRuns } from './registry.ts';
import { useUi } from '../store/uiStore.ts';
import { ClientError } from '../api/client.ts';
import { errorMessage } from '../i18n/useT.ts';
import { t } from '../../shared/i18n/t.ts';
import { rememberSession } from '../sessionMemory.ts';
import { mayLeaveProject, newProject, openPath, openWithDialog, showSession } from './projectActions.ts';
import type { CommandContext } from '../AppContext.tsx';

const hasDoc = (ctx: CommandContext) => ctx.useDoc.getState().doc !== null;

function fail(ctx: CommandContext, err: unknown): void {
  const lang = useUi.getState().lang;
  const message = err instanceof ClientError ? errorMessage((k, p) => t(lang, k, p), err.data) : t(lang, 'error.internal', { method: '?' });
  ctx.notify(message, 'error');
}

export async function saveProject(ctx: CommandContext, saveAs: boolean): Promise<void> {
  const state = ctx.useDoc.getState();
  if (!state.sessionId) return;
  let path = saveAs ? null : state.path;
  if (!path) {
    const chosen = await ctx.call('dialog.saveFile', { defaultName: `${state.doc?.project.title ?? 'project'}.vlinder` }).catch(() => ({ path: null }));
    path = chosen.path ?? window.prompt(t(useUi.getState().lang, 'project.savePathLabel'), state.path ?? '') ?? null;
  }
  if (!path) return;
  try {
    const result = await ctx.call('project.save', { sessionId: state.sessionId, path });
    ctx.useDoc.getState().setSaved(result.path);
    ctx.notify(t(useUi.getState().lang, 'project.saved'));
  } catch (err) {
    fail(ctx, err);
  }
}

export const appCommands = {
  'project.new': { run: (ctx) => void (mayLeaveProject(ctx) && newProject(ctx)) },
  'project.open': {
    async run(ctx) {
      if (!mayLeaveProject(ctx)) return;
      if ((await openWithDialog(ctx)) !== 'no-dialog') return;
      const path = window.prompt(t(useUi.getState().lang, 'welcome.openPathLabel'), '');
      if (path?.trim()) await openPath(ctx, path.trim());
    },
  },
  'project.openFromHost': {
    async run(ctx) {
      const info = await ctx.call('app.info', {}).catch(() => null);
      const id = info?.startSessionId;
      if (!id || id === ctx.useDoc.getState().sessionId || !mayLeaveProject(ctx)) return;
      await showSession(ctx, () => ctx.call('project.get', { sessionId: id }));
    },
  },
  'project.save': { enabled: hasDoc, run: (ctx) => saveProject(ctx, false) },
  'project.saveAs': { enabled: hasDoc, run: (ctx) => saveProject(ctx, true) },
  'project.close': {
    enabled: hasDoc,
    async run(ctx) {
      const { sessionId, dirty } = ctx.useDoc.getState();
      if (dirty && !window.confirm(t(useUi.getState().lang, 'project.confirmClose'))) return;
      if (sessionId) await ctx.call('project.close', { sessionId, discard: true }).catch(() => undefined);
      rememberSession(null);
      ctx.useDoc.getState().clear();
      useUi.getState().openRisk(null);
    },
  },
  'edit.undo': {
    enabled: (ctx) => ctx.useDoc.getState().history.past.length > 0,
    run(ctx) {
      const riskId = ctx.useDoc.getState().undo();
      if (riskId) useUi.getState().openRisk(riskId);
    },
  },
  'edit.redo': {
    enabled: (ctx) => ctx.useDoc.getState().history.future.length > 0,
    run(ctx) {
      const riskId = ctx.useDoc.getState().redo();
      if (riskId) useUi.getState().openRisk(riskId);
    },
  },
  'view.theme.light': { run: () => useUi.getState().setTheme('light') },
  'view.theme.dark': { run: () => useUi.getState().setTheme('dark') },
  'view.theme.projector': { run: () => useUi.getState().setTheme('projector') },
  'view.language.toggle': { run: () => useUi.getState().setLang(useUi.getState().lang === 'nl' ? 'en' : 'nl') },
} satisfies CommandRuns;
