/** Matching keyboard events against chords like "Mod+Shift+Z" (see src/shared/commands/chord.ts). */

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

type ChordEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'> & { code?: string };

/**
 * The key an Alt chord names. On macOS Alt (Option) turns a letter into a special character
 * (Alt+N gives "˜", Alt+F "ƒ"), so with Alt a letter or digit is read from the physical key
 * (`code` "KeyN", "Digit1") — Alt+N then works on a Mac keyboard as on any other.
 */
function keyOf(e: ChordEvent): string {
  const physical = e.altKey ? /^(?:Key([A-Z])|Digit([0-9]))$/.exec(e.code ?? '') : null;
  if (physical) return physical[1] ?? physical[2]!;
  return e.key;
}

export function chordOf(e: ChordEvent, mac = isMac): string {
  const parts: string[] = [];
  if (mac ? e.metaKey : e.ctrlKey) parts.push('Mod');
  if (e.altKey) parts.push('Alt');
  const k = keyOf(e);
  const key = k.length === 1 ? k.toUpperCase() : k;
  // Shift is implied by printable symbols such as "?" — only name it for letters and named keys.
  // A capital letter is Shift + letter also when Caps Lock made it: it is text, not the "C" key.
  const capital = k.length === 1 && k !== k.toLowerCase() && parts.length === 0;
  if ((e.shiftKey && (k.length > 1 || /[a-z]/i.test(k))) || capital) parts.push('Shift');
  parts.push(key === ' ' ? 'Space' : key);
  return parts.join('+');
}

/** How a chord is shown to the user on this platform. */
export function displayChord(chord: string): string {
  return chord.replace('Mod', isMac ? '⌘' : 'Ctrl');
}

/** A key that types a character (a letter, digit or sign; not Space, not with Ctrl, ⌘ or Alt). */
export function isPrintable(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'> & { getModifierState?(key: string): boolean }): boolean {
  if (e.key.length !== 1 || e.key === ' ') return false;
  return e.getModifierState?.('AltGraph') === true || (!e.ctrlKey && !e.metaKey && !e.altKey);
}
