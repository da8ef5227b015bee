/** Matching keyboard events against chords like "Mod+Shift+Z" (see src/shared/commands/chord.ts). */

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function chordOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): string {
  const parts: string[] = [];
  if (isMac ? e.metaKey : e.ctrlKey) parts.push('Mod');
  if (e.altKey) parts.push('Alt');
  const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  // Shift is implied by printable symbols such as "?" — only name it for letters and named keys.
  if (e.shiftKey && (e.key.length > 1 || /[a-z]/i.test(e.key))) parts.push('Shift');
  parts.push(key === ' ' ? 'Space' : key);
  return parts.join('+');
}

/** How a chord is shown to the user on this platform. */
export function displayChord(chord: string): string {
  return chord.replace('Mod', isMac ? '⌘' : 'Ctrl');
}
