/** The chord notation of the catalogue ("Mod+Shift+Z"), shared by the renderer and the menu. */

/**
 * The normal form of a chord: modifiers in the order Mod, Alt, Shift, then the key, a single
 * letter upper case. The catalogue is written in it, and key presses are compared in it.
 */
export function normaliseChord(chord: string): string {
  const parts = chord.split('+');
  const key = parts.pop() ?? '';
  const mods = ['Mod', 'Alt', 'Shift'].filter((m) => parts.includes(m));
  return [...mods, key.length === 1 ? key.toUpperCase() : key].join('+');
}
