/** The palette and the shortcut sheet, shown over whatever view is open. */
import { useUi } from '../../store/uiStore.ts';
import { CommandPalette } from './CommandPalette.tsx';
import { ShortcutSheet } from './ShortcutSheet.tsx';
import type { CommandContext } from '../../AppContext.tsx';

export function CommandOverlays({ ctx }: { ctx: CommandContext }) {
  const palette = useUi((s) => s.paletteOpen);
  const sheet = useUi((s) => s.shortcutsOpen);
  return (
    <>
      {palette && <CommandPalette ctx={ctx} />}
      {sheet && !palette && <ShortcutSheet />}
    </>
  );
}
