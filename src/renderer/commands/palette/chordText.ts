/** How a chord reads on a key cap: arrows as arrows, "Mod" as Ctrl (⌘ on macOS). */
import { displayChord } from '../keys.ts';

const NAMES: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  Delete: 'Del',
  Backspace: '⌫',
};

export function chordText(chord: string): string {
  return displayChord(chord)
    .split('+')
    .map((p) => NAMES[p] ?? p)
    .join('+');
}
