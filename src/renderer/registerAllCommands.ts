/**
 * Binds a run to every command of the catalogue, once, at start. The features keep their own
 * runs (bow-tie, exports, findings, register views, live scoring); this is the one place that sees them all, so
 * a catalogue id without a run does not build (an id the catalogue lacks already fails in the
 * feature's `satisfies CommandRuns`).
 */
import type { CommandId } from '../shared/commands/catalogue.ts';
import { appCommands } from './commands/appCommands.ts';
import { bowtieCommands } from './commands/bowtieCommands.ts';
import { bindPaletteGoTo } from './commands/palette/paletteGoTo.ts';
import { registerCommands } from './commands/registry.ts';
import { findingsCommands } from './panels/findings/findingsCommands.ts';
import { exportCommands } from './views/export/exportCommands.ts';
import { liveCommands } from './views/live/liveCommands.ts';
import { mergeCommands } from './views/merge/mergeCommands.ts';
import { registerViewCommands } from './views/register/registerCommands.ts';
import { goToHit } from './views/search/goToHit.ts';
import { templateCommands } from './views/templates/templateCommands.ts';

/** Each feature's runs, in the order the palette lists them. */
export const COMMAND_RUNS = [registerViewCommands, appCommands, bowtieCommands, exportCommands, findingsCommands, templateCommands, liveCommands, mergeCommands] as const;

type KeysOf<T> = T extends unknown ? keyof T : never;
type Bound = KeysOf<(typeof COMMAND_RUNS)[number]>;
type Unbound = Exclude<CommandId, Bound>;
/** Does not build, and names the ids, when a catalogue command has no run. */
const _everyCommandRuns: [Unbound] extends [never] ? true : Unbound = true;

export function registerAllCommands(): void {
  for (const runs of COMMAND_RUNS) registerCommands(runs);
  bindPaletteGoTo(goToHit);
}
