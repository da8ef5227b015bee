/**
 * Dispatches key presses to the command whose shortcut matches, in the scope the catalogue gives
 * it. A printable key that no command claims, typed on the bow-tie with an element selected,
 * starts naming that element with the character (like a spreadsheet cell); elsewhere it does
 * nothing. A key either runs its command or starts that edit, never both.
 */
import { useEffect } from 'react';
import { normaliseChord } from '../../shared/commands/chord.ts';
import type { CommandContext } from '../AppContext.tsx';
import { inEditorScope } from '../canvas/scope.ts';
import { allCommands, runCommand } from './registry.ts';
import { typeIntoSelection } from './bowtieCommands.ts';
import { chordOf, isPrintable } from './keys.ts';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useShortcuts(ctx: CommandContext): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const chord = chordOf(e);
      const typing = isTyping(e.target);
      // A key that belongs to a command never types, even where the command does not apply.
      let claimed = false;
      for (const command of allCommands()) {
        if (!command.shortcuts?.some((s) => normaliseChord(s) === chord)) continue;
        claimed = true;
        if (typing && command.scope !== 'anywhere') continue;
        if (command.scope === 'editor' && !inEditorScope()) continue;
        if (command.enabled && !command.enabled(ctx)) continue;
        e.preventDefault();
        void runCommand(command.id, ctx);
        return;
      }
      if (!claimed && !typing && isPrintable(e) && typeIntoSelection(ctx, e.key)) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ctx]);
}
