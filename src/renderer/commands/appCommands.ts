/** What the application frame does: project files, undo/redo, themes, language. */
import type { CommandRuns } from './registry.ts';
import { useUi } from '../store/uiStore.ts';
import { closeProject, mayLeaveProject } from './leaveProject.ts';
import { newProject, openWithDialog, showSession } from './projectActions.ts';
import { saveProject } from './saveProject.ts';
import { replayAndSelect } from './undoSelection.ts';
import type { CommandContext } from '../AppContext.tsx';
import { t } from '../../shared/i18n/t.ts';

const hasDoc = (ctx: CommandContext) => ctx.useDoc.getState().doc !== null;

export const appCommands = {
  'project.new': {
    async run(ctx) {
      if (await mayLeaveProject(ctx)) await newProject(ctx);
    },
  },
  'project.open': {
    async run(ctx) {
      if (await mayLeaveProject(ctx)) await openWithDialog(ctx);
    },
  },
  'project.openFromHost': {
    async run(ctx) {
      const info = await ctx.call('app.info', {}).catch(() => null);
      const id = info?.startSessionId;
      if (!id || id === ctx.useDoc.getState().sessionId || !(await mayLeaveProject(ctx))) return;
      await showSession(ctx, () => ctx.call('project.get', { sessionId: id }));
    },
  },
  'project.save': { enabled: hasDoc, run: async (ctx) => void (await saveProject(ctx, false)) },
  'project.saveAs': { enabled: hasDoc, run: async (ctx) => void (await saveProject(ctx, true)) },
  'project.close': { enabled: hasDoc, run: closeProject },
  'edit.undo': {
    enabled: (ctx) => ctx.useDoc.getState().history.past.length > 0,
    run(ctx) {
      const { past } = ctx.useDoc.getState().history;
      replayAndSelect(past[past.length - 1]?.inverse, () => {
        const riskId = ctx.useDoc.getState().undo();
        if (riskId) useUi.getState().openRisk(riskId);
      });
    },
  },
  'edit.redo': {
    enabled: (ctx) => ctx.useDoc.getState().history.future.length > 0,
    run(ctx) {
      replayAndSelect(ctx.useDoc.getState().history.future[0]?.patches, () => {
        const riskId = ctx.useDoc.getState().redo();
        if (riskId) useUi.getState().openRisk(riskId);
      });
    },
  },
  'view.theme.light': { run: () => useUi.getState().setTheme('light') },
  'view.theme.dark': { run: () => useUi.getState().setTheme('dark') },
  'view.theme.projector': { run: () => useUi.getState().setTheme('projector') },
  'view.language.toggle': { run: () => useUi.getState().setLang(useUi.getState().lang === 'nl' ? 'en' : 'nl') },
  'view.fullscreen': { enabled: () => document.fullscreenEnabled, run: toggleFullscreen },
} satisfies CommandRuns;

/** The whole window for the page (Fullscreen API), or back; Esc also leaves, as the browser says. */
async function toggleFullscreen(ctx: CommandContext): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen({ navigationUI: 'hide' });
  } catch {
    ctx.notify(t(useUi.getState().lang, 'fullscreen.refused'), 'error');
  }
}
