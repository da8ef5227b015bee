/**
 * Single-key shortcuts (C, G, Enter, arrows…) act on the bow-tie only while the keyboard is on
 * the canvas (or nowhere in particular). With focus on a button, a select or a field elsewhere
 * the key keeps its usual meaning: Enter presses that button, arrows move in that list.
 */
export const SCOPE_ATTR = 'data-editor-scope';

let forced = 0;

/**
 * Runs `fn` as if the keyboard were on the canvas: the toolbar and the palette use it to ask
 * whether a bow-tie command applies and to run it, wherever the focus happens to be.
 */
export function asIfOnCanvas<T>(fn: () => T): T {
  forced++;
  try {
    return fn();
  } finally {
    forced--;
  }
}

export function inEditorScope(): boolean {
  if (forced > 0 || typeof document === 'undefined') return true;
  const a = document.activeElement;
  if (!a || a === document.body || a === document.documentElement) return true;
  if (!(a instanceof HTMLElement)) return false;
  if (a.closest('button, input, textarea, select, a[href], [contenteditable="true"]')) return false;
  return a.closest(`[${SCOPE_ATTR}]`) !== null;
}
