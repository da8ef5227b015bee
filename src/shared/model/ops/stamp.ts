/**
 * Where operations get new ids and the current time. Normally `newId()` and `nowIso()`; a build
 * script that must produce byte-stable output (the example project) swaps in a deterministic
 * source for the duration of one synchronous call with `withIdentity`.
 */
import { newId, nowIso } from '../ids.ts';

/** A source of fresh ids and timestamps. */
export interface Identity {
  newId(): string;
  now(): string;
}

const system: Identity = { newId, now: nowIso };
let current: Identity = system;

/** Runs `fn` with `identity` as the source of ids and times, restoring the previous one after. */
export function withIdentity<T>(identity: Identity, fn: () => T): T {
  const previous = current;
  current = identity;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** A fresh entity id from the current source. */
export function freshId(): string {
  return current.newId();
}

/** The current time from the current source (ISO-8601 UTC). */
export function now(): string {
  return current.now();
}

/**
 * A deterministic identity for reproducible documents: ids are UUID-shaped (version 4, variant
 * bits set, so they pass the id check) and derived from `seed` and a counter; the clock starts at
 * `start` and advances one second per call.
 */
export function sequentialIdentity(seed: number, start = '2026-01-01T09:00:00.000Z'): Identity {
  let n = 0;
  let t = Date.parse(start);
  return {
    newId() {
      n++;
      const hex = (v: number, len: number) => (v >>> 0).toString(16).padStart(len, '0').slice(-len);
      const a = hex(mix(seed, n, 1), 8);
      const b = hex(mix(seed, n, 2), 8);
      const c = hex(mix(seed, n, 3), 8);
      const d = hex(n, 8);
      return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${'89ab'[mix(seed, n, 4) & 3]}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
    },
    now() {
      const iso = new Date(t).toISOString();
      t += 1000;
      return iso;
    },
  };
}

/** A small integer hash (xorshift-multiply); only needs to look random and be stable. */
function mix(seed: number, n: number, salt: number): number {
  let h = (seed * 0x9e3779b1) ^ (n * 0x85ebca6b) ^ (salt * 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Records that the project was edited at `at` (the "last edited" time shown for a project). */
export function touchProject(doc: { project: { updatedAt: string } }, at: string): void {
  doc.project.updatedAt = at;
}
