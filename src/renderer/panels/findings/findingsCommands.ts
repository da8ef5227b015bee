/** The command that shows or hides the findings panel (Alt+B), so the palette and the shortcut sheet list it. */
import { bowtieView } from '../../canvas/viewState.ts';
import { inEditorScope } from '../../canvas/scope.ts';
import type { CommandRuns } from '../../commands/registry.ts';
import { useUi } from '../../store/uiStore.ts';
import { useFindings } from './findingsStore.ts';

export const findingsCommands = {
  'bowtie.findings': {
    // The panel is not part of the projector theme.
    enabled: (ctx) => bowtieView(ctx) !== null && inEditorScope() && useUi.getState().theme !== 'projector',
    run: () => useFindings.getState().setOpen(!useFindings.getState().open),
  },
} satisfies CommandRuns;
