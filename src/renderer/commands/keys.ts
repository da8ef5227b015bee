/** Matching keyboard events against chords like "Mod+Shift+Z" (see src/shared/commands/chord.ts). */

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function chordOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): string {
  const parts: string[] = [];
  if (isMac ? e.metaKey : e.ctrlKey) parts.push('Mod');
  if (e.altKey) parts.push('Alt');
  const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  // Shift is implied by printable symbols such as "?" — only name it for letters and named keys.
  // A capital letter is Shift + letter also when Caps Lock made it: it is text, not the "C" key.
  const capital = e.key.length === 1 && e.key !== e.key.toLowerCase() && parts.length === 0;
  if ((e.shiftKey && (e.key.length > 1 || /[a-z]/i.test(e.key))) || capital) parts.push('Shift');
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
