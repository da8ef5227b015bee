/**
 * Converting between model values and SQLite row values. Writing trusts the value (it has been
 * checked); reading does not: it only undoes the storage encoding and leaves every judgement to
 * the entity check that runs next.
 */
import { because, CheckError } from '../../shared/model/check.ts';
import type { ColumnSpec } from './columns.ts';

/** Longest JSON text we parse from a file (the checks bound the parsed value far below this). */
export const MAX_JSON_CHARS = 4 * 1024 * 1024;

export type SqlValue = string | number | bigint | Buffer | null;

/** Turns one entity into the parameters of an INSERT, in column order. */
export function encodeRow(columns: readonly ColumnSpec[], value: Record<string, unknown>): SqlValue[] {
  const out: SqlValue[] = new Array(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i]!;
    const v = value[col.key];
    if (v === null || v === undefined) out[i] = null;
    else if (col.kind === 'uuid') out[i] = uuidToBytes(v as string);
    else if (col.kind === 'json') out[i] = JSON.stringify(v);
    else if (col.kind === 'bool') out[i] = v ? 1 : 0;
    else if (typeof v === 'string' || typeof v === 'number') out[i] = v;
    else throw new Error(`storage: unexpected ${typeof v} in ${col.key}`);
  }
  return out;
}

/** Turns one raw row (column order) into a candidate entity for the check. */
export function decodeRow(columns: readonly ColumnSpec[], row: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) {
    const col = columns[i]!;
    out[col.key] = decodeValue(col, row[i]);
  }
  return out;
}

function decodeValue(col: ColumnSpec, raw: unknown): unknown {
  if (raw === null || raw === undefined) return null;
  if (col.kind === 'uuid') return typeof raw === 'string' && raw.length === 32 ? hexToUuid(raw) : raw;
  if (col.kind === 'bool') return raw === 1 ? true : raw === 0 ? false : raw;
  if (col.kind !== 'json' || typeof raw !== 'string') return raw;
  if (raw.length > MAX_JSON_CHARS) throw new CheckError(col.key, because('reason.jsonTooLong', { length: raw.length }));
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new CheckError(col.key, because('reason.notJson'));
  }
}

/** "3f2c…-…" → 16 bytes. The value has passed the id check, so it is canonical lowercase hex. */
export function uuidToBytes(id: string): Buffer {
  return Buffer.from(id.replace(/-/g, ''), 'hex');
}

/**
 * How a column is selected. An id column comes back as 32 hex digits (or '?' if it is not a
 * 16-byte blob, which the id check then rejects): hex in SQLite is much cheaper than a Node
 * Buffer per value, and it is lowercased while `decodeRow` puts in the dashes (lower() in SQLite
 * costs a quarter of the whole read).
 */
export function selectExpr(col: ColumnSpec): string {
  const c = `"${col.sql}"`;
  if (col.kind !== 'uuid') return c;
  return `CASE typeof(${c}) WHEN 'null' THEN NULL WHEN 'blob' THEN iif(length(${c}) = 16, hex(${c}), '?') ELSE '?' END`;
}

/** Where the 32 hex digits go in the 36 characters of "8-4-4-4-12". */
const UUID_SLOTS = [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 14, 15, 16, 17, 19, 20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35];
const uuidCodes: number[] = new Array<number>(36).fill(0x2d);

/**
 * 32 hex digits (as SQLite's hex() gives them, upper case) → lowercase "8-4-4-4-12", built in one
 * piece: slicing and joining would leave a chain of string pieces per id that the id check and
 * every lookup by id must first copy together. Setting bit 5 lowercases A–F and keeps 0–9.
 */
function hexToUuid(h: string): string {
  for (let i = 0; i < 32; i++) uuidCodes[UUID_SLOTS[i]!] = h.charCodeAt(i) | 0x20;
  return String.fromCharCode.apply(null, uuidCodes);
}

/** 16 bytes → lowercase "8-4-4-4-12" text, the form the id check accepts. */
export function bytesToUuid(bytes: Uint8Array): string {
  const h = Buffer.from(bytes.buffer, bytes.byteOffset, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
