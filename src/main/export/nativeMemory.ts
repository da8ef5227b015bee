/**
 * resvg keeps each drawing's pixel buffer (about 40 MB for a bow-tie at zoom 2) outside the
 * JavaScript heap, tied to a small wrapper object that the garbage collector does not see as
 * large. In a loop that draws hundreds of PNGs the collector hardly runs, so the buffers pile up
 * (5 GB for the 200-risk project). Asking for a collection now and then frees them; it costs a
 * few milliseconds next to the hundreds a drawing takes. Where the runtime does not allow it,
 * this does nothing.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = () => void;
let gc: Gc | null | undefined;

function collector(): Gc | null {
  if (gc !== undefined) return gc;
  const own = (globalThis as { gc?: Gc }).gc;
  if (typeof own === 'function') return (gc = own);
  try {
    setFlagsFromString('--expose-gc');
    const fn: unknown = runInNewContext('gc');
    gc = typeof fn === 'function' ? (fn as Gc) : null;
  } catch {
    gc = null;
  }
  return gc;
}

/** Lets the memory of finished drawings go. */
export function releaseDrawings(): void {
  collector()?.();
}
