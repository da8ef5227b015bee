/**
 * resvg keeps each drawing's pixel buffer (about 40 MB for a bow-tie at zoom 2) outside the
 * JavaScript heap, tied to a small wrapper object that the garbage collector does not see as
 * large. In a loop that draws hundreds of PNGs the collector hardly runs, so the buffers pile up
 * (5 GB for the 200-risk project). So a drawing is let go as soon as its pixels are read
 * (`letGo`), and `collectDrawings` then asks for a collection of the young generation, where a
 * just-finished drawing's wrapper is (about a millisecond, where a full collection of a large
 * heap takes tens). A FinalizationRegistry counts the bytes of drawings let go but not yet
 * freed; only when those of earlier drawings pass FULL_AFTER (their wrappers outlived a young
 * collection) does a full collection run. Where the runtime does not allow it, this does nothing.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (opts?: { type: 'minor' | 'major'; execution?: 'sync' }) => void;

/** Bytes of earlier drawings still not freed after which a full collection runs. */
export const FULL_AFTER = 64 * 1024 * 1024;
let gc: Gc | null | undefined;
let unfreed = 0;
let justLetGo = 0;
const freed = new FinalizationRegistry<number>((bytes) => {
  unfreed -= bytes;
});

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

/** Marks a drawing of `bytes` pixel bytes as no longer needed (the caller drops its reference). */
export function letGo(drawing: object, bytes: number): void {
  unfreed += bytes;
  justLetGo += bytes;
  freed.register(drawing, bytes);
}

/**
 * Frees the drawings let go since the last call: a young collection, a full one when older ones
 * linger (or always, with `full`).
 */
export function collectDrawings(full = false): void {
  const run = collector();
  const older = unfreed - justLetGo;
  justLetGo = 0;
  if (!run) return;
  if (full || older >= FULL_AFTER) run();
  else run({ type: 'minor', execution: 'sync' });
}
