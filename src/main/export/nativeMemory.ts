/**
 * resvg keeps each drawing's pixel buffer (about 40 MB for a bow-tie at zoom 2) outside the
 * JavaScript heap, tied to a small wrapper object that the garbage collector does not see as
 * large. In a loop that draws hundreds of PNGs the collector hardly runs, so the buffers pile up
 * (5 GB for the 200-risk project). Asking for a collection now and then frees them. A full
 * collection of a large heap (a 200-risk project and its report) takes tens of milliseconds on
 * the main thread, so after each drawing only the young generation, where the finished
 * drawings' wrappers are, is collected (about a millisecond), and a full collection follows once
 * FULL_AFTER bytes of drawings were let go since the last one. Where the runtime does not allow
 * it, this does nothing.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (opts?: { type: 'minor' | 'major'; execution?: 'sync' }) => void;

/** Pixel bytes of drawings let go after which a full collection runs (keeps a batch's memory flat). */
export const FULL_AFTER = 96 * 1024 * 1024;
let sinceFull = 0;
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

/** Lets the memory of a finished drawing of `bytes` pixel bytes go (unknown: a full collection). */
export function releaseDrawings(bytes = FULL_AFTER): void {
  const run = collector();
  if (!run) return;
  sinceFull += bytes;
  if (sinceFull >= FULL_AFTER) {
    sinceFull = 0;
    run();
  } else {
    run({ type: 'minor', execution: 'sync' });
  }
}
