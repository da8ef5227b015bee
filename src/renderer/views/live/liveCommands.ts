/** Live scoring as commands, so the palette (and the desktop menu, by id) reach it. */
import type { CommandContext } from '../../AppContext.tsx';
import type { CommandRuns } from '../../commands/registry.ts';
import { useLive } from './liveStore.ts';

const hasDoc = (ctx: CommandContext) => ctx.useDoc.getState().doc !== null;

/** Opens the setup with `riskIds` ticked (null: every risk that may be shared), or shows the running session. */
export function openLiveSetup(riskIds: string[] | null): void {
  const live = useLive.getState();
  if (live.status) live.setHidden(false);
  else live.openSetup(riskIds);
}

export const liveCommands = {
  'live.start': { enabled: (ctx) => hasDoc(ctx) && !useLive.getState().status, run: () => openLiveSetup(null) },
  'live.open': { enabled: () => useLive.getState().status !== null, run: () => useLive.getState().setHidden(false) },
} satisfies CommandRuns;
