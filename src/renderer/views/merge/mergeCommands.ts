/** Commands to compare the open project with another copy of it, and to merge that copy in (docs/merge.md). */
import type { CommandContext } from '../../AppContext.tsx';
import type { CommandRuns } from '../../commands/registry.ts';
import { compareWith, pickOther, startMerge } from './mergeActions.ts';

const hasDoc = (ctx: CommandContext) => ctx.useDoc.getState().doc !== null;

export const mergeCommands = {
  'project.compare': {
    enabled: hasDoc,
    async run(ctx) {
      const path = await pickOther(ctx);
      if (path) await compareWith(ctx, path);
    },
  },
  'project.merge': {
    enabled: hasDoc,
    async run(ctx) {
      const path = await pickOther(ctx);
      if (path) await startMerge(ctx, path);
    },
  },
} satisfies CommandRuns;
