/**
 * Dispatches key presses to the command whose shortcut matches, in the scope the catalogue gives
 * it. A printable key that no command claims, typed on the bow-tie with an element selected,
 * starts naming that element with the character (like a spreadsheet cell); elsewhere it does
 * nothing. So does a command letter whose command does not apply to the selection (s, status,
 * on a cause: typing "stoep" names the cause "stoep" rather than dropping the s). A key either
 * runs its command or starts that edit, never both.
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
      // A key that belongs to a command never types where the command is out of scope.
      let claimed = false;
      for (const command of allCommands()) {
        if (!command.shortcuts?.some((s) => normaliseChord(s) === chord)) continue;
        if (typing && command.scope !== 'anywhere') {
          claimed = true;
          continue;
        }
        if (command.scope === 'editor' && !inEditorScope()) {
          claimed = true;
          continue;
        }
        // A bow-tie letter whose command is off for this selection leaves the letter to the text.
        const idle = command.enabled && !command.enabled(ctx);
        if (!(idle && command.scope === 'editor' && /^[a-z]$/.test(e.key))) claimed = true;
        if (idle) continue;
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
