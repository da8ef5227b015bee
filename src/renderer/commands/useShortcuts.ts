/** Dispatches key presses to the command whose shortcut matches, in the scope the catalogue gives it. */
import { useEffect } from 'react';
import { normaliseChord } from '../../shared/commands/chord.ts';
import type { CommandContext } from '../AppContext.tsx';
import { inEditorScope } from '../canvas/scope.ts';
import { allCommands, runCommand } from './registry.ts';
import { chordOf } from './keys.ts';

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
      for (const command of allCommands()) {
        if (!command.shortcuts?.some((s) => normaliseChord(s) === chord)) continue;
        if (typing && command.scope !== 'anywhere') continue;
        if (command.scope === 'editor' && !inEditorScope()) continue;
        if (command.enabled && !command.enabled(ctx)) continue;
        e.preventDefault();
        void runCommand(command.id, ctx);
        return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ctx]);
}
