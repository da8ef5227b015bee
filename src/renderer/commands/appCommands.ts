/** Commands of the application frame: project files, undo/redo, themes, language, help. */
import type { Command, CommandContext } from './registry.ts';
import { useUi } from '../store/uiStore.ts';
import { ClientError } from '../api/client.ts';
import { errorMessage } from '../i18n/useT.ts';
import { t } from '../../shared/i18n/t.ts';
import { rememberSession } from '../sessionMemory.ts';
import { mayLeaveProject, newProject, openPath, openWithDialog, showSession } from './projectActions.ts';

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

export const appCommands: Command[] = [
  { id: 'project.new', labelKey: 'welcome.new', group: 'project', shortcuts: ['Mod+N'], global: true, run: (ctx) => void (mayLeaveProject(ctx) && newProject(ctx)) },
  {
    id: 'project.open',
    labelKey: 'welcome.open',
    group: 'project',
    shortcuts: ['Mod+O'],
    global: true,
    async run(ctx) {
      if (!mayLeaveProject(ctx)) return;
      if ((await openWithDialog(ctx)) !== 'no-dialog') return;
      const path = window.prompt(t(useUi.getState().lang, 'welcome.openPathLabel'), '');
      if (path?.trim()) await openPath(ctx, path.trim());
    },
  },
  {
    // Sent by the desktop host when the OS hands it a file (second launch, macOS open-file).
    id: 'project.openFromHost',
    labelKey: 'welcome.open',
    group: 'project',
    async run(ctx) {
      const info = await ctx.call('app.info', {}).catch(() => null);
      const id = info?.startSessionId;
      if (!id || id === ctx.useDoc.getState().sessionId || !mayLeaveProject(ctx)) return;
      await showSession(ctx, () => ctx.call('project.get', { sessionId: id }));
    },
  },
  { id: 'project.save', labelKey: 'project.save', group: 'project', shortcuts: ['Mod+S'], global: true, enabled: hasDoc, run: (ctx) => saveProject(ctx, false) },
  { id: 'project.saveAs', labelKey: 'project.saveAs', group: 'project', shortcuts: ['Mod+Shift+S'], global: true, enabled: hasDoc, run: (ctx) => saveProject(ctx, true) },
  {
    id: 'project.close',
    labelKey: 'project.close',
    group: 'project',
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
  {
    id: 'edit.undo',
    labelKey: 'edit.undo',
    group: 'edit',
    shortcuts: ['Mod+Z'],
    enabled: (ctx) => ctx.useDoc.getState().history.past.length > 0,
    run(ctx) {
      const riskId = ctx.useDoc.getState().undo();
      if (riskId) useUi.getState().openRisk(riskId);
    },
  },
  {
    id: 'edit.redo',
    labelKey: 'edit.redo',
    group: 'edit',
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    enabled: (ctx) => ctx.useDoc.getState().history.future.length > 0,
    run(ctx) {
      const riskId = ctx.useDoc.getState().redo();
      if (riskId) useUi.getState().openRisk(riskId);
    },
  },
  { id: 'view.theme.light', labelKey: 'theme.light', group: 'view', run: () => useUi.getState().setTheme('light') },
  { id: 'view.theme.dark', labelKey: 'theme.dark', group: 'view', run: () => useUi.getState().setTheme('dark') },
  { id: 'view.theme.projector', labelKey: 'theme.projector', group: 'view', shortcuts: ['Mod+Shift+P'], global: true, run: () => useUi.getState().setTheme('projector') },
  {
    id: 'view.language.toggle',
    labelKey: 'language.switch',
    group: 'view',
    run: () => useUi.getState().setLang(useUi.getState().lang === 'nl' ? 'en' : 'nl'),
  },
];
