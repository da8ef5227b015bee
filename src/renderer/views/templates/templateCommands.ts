/** Commands of the bow-tie templates: apply a template to the open risk, save the open bow-tie as one. */
import type { CommandContext } from '../../AppContext.tsx';
import type { CommandRuns } from '../../commands/registry.ts';
import { useUi } from '../../store/uiStore.ts';
import { useTemplateDialog, type TemplateMode } from './templateStore.ts';

const openRisk = (ctx: CommandContext): string | null => {
  const riskId = useUi.getState().riskId;
  const doc = ctx.useDoc.getState().doc;
  return riskId && doc?.risks[riskId] && useUi.getState().view === 'bowtie' ? riskId : null;
};

const show = (mode: TemplateMode) => (ctx: CommandContext) => {
  const riskId = openRisk(ctx);
  if (riskId) useTemplateDialog.getState().show(mode, riskId);
};

export const templateCommands = {
  'bowtie.applyTemplate': { enabled: (ctx) => openRisk(ctx) !== null, run: show('apply') },
  'bowtie.saveTemplate': { enabled: (ctx) => openRisk(ctx) !== null, run: show('save') },
} satisfies CommandRuns;
