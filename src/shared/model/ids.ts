/** Ids and timestamps. Every entity gets a random UUID (v4) and ISO-8601 UTC times. */

// Both Node ≥ 22 and every browser provide Web Crypto as a global; src/shared has neither
// the DOM nor the Node typings, so declare the one function we use.
declare const crypto: { randomUUID(): string };

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
