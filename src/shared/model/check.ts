/**
 * A small validator library: every value that crosses a boundary (API argument, row from a
 * file, JSON import) is checked by one of these. A check returns the value typed, or throws a
 * `CheckError` that names the path of the offending field.
 *
 * Text is cleaned by the one XML rule (`xmlText.ts`) and object keys that would reach a
 * prototype (`__proto__`, `constructor`, `prototype`) are refused, whichever boundary a value
 * crosses.
 *
 * Kept dependency-free on purpose: `src/shared` may not import Node, DOM or large libraries, and
 * the checks must be fast enough to validate 15 000 rows on every open.
 */
import { t, type MessageKey, type MessageParams, type MessageRef } from '../i18n/t.ts';
import { cleanXmlText } from './xmlText.ts';

/** A reason as a message: `because('check.between', { min: 1, max: 5 })`. */
export function because(key: MessageKey, params?: MessageParams): MessageRef {
  return params ? { key, params } : { key };
}

/**
 * A refused value: where (`path`) and why. The reason is a message (`reasonRef`, a key with
 * parameters) that each host shows in its own language; `reason` and `message` are its Dutch
 * text, for logs and the CLI, which speaks Dutch. (A few callers still give a Dutch text as the
 * reason; it then travels as that text.)
 */
export class CheckError extends Error {
  readonly path: string;
  readonly reason: string;
  readonly reasonRef: MessageRef | string;
  constructor(path: string, reason: string | MessageRef) {
    const ref = reason;
    const text = typeof ref === 'string' ? ref : t('nl', ref.key as MessageKey, ref.params);
    super(`${path || '(waarde)'}: ${text}`);
    this.name = 'CheckError';
    this.path = path;
    this.reason = text;
    this.reasonRef = ref;
  }

  /** The whole refusal as a message: "<path>: <reason>". */
  toMessage(): MessageRef {
    return because('check.at', { path: this.path || '(waarde)', reason: this.reasonRef });
  }
}

/**
 * What kind of value a check accepts, as data: storage derives column types from it, forms and
 * docs may read it. Never derive structure from `describe` (it is prose and may be reworded).
 */
export type CheckKind = 'text' | 'number' | 'integer' | 'boolean' | 'literal' | 'enum' | 'id' | 'list' | 'record' | 'object' | 'json';

export type Check<T> = {
  (value: unknown, path?: string): T;
  /** Human-readable description of what this check accepts, for docs and error messages. */
  readonly describe: string;
  /** The structural kind of the accepted value (of the inner check for `nullable`/`optional`). */
  readonly kind: CheckKind;
  /** True when the check also accepts null (`c.nullable`). */
  readonly nullable: boolean;
  /** True when the check also accepts a missing value (`c.optional`). */
  readonly optional: boolean;
};

export type Checked<C> = C extends Check<infer T> ? T : never;

type OptionalKeys<S> = { [K in keyof S]: undefined extends Checked<S[K]> ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** The object type of a shape: keys whose check accepts `undefined` become optional. */
export type ShapeType<S extends Record<string, Check<unknown>>> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Checked<S[K]> } & { [K in OptionalKeys<S>]?: Checked<S[K]> }
>;

function make<T>(kind: CheckKind, describe: string, fn: (value: unknown, path: string) => T, flags: { nullable?: boolean; optional?: boolean } = {}): Check<T> {
  const check = ((value: unknown, path = '') => fn(value, path)) as Check<T>;
  Object.defineProperties(check, {
    describe: { value: describe },
    kind: { value: kind },
    nullable: { value: flags.nullable ?? false },
    optional: { value: flags.optional ?? false },
  });
  return check;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Longest text we accept in any single field (a long description still fits easily). */
export const MAX_TEXT = 20_000;

export const c = {
  /** Text, cleaned by the XML rule unless `verbatim` (for file paths, which must stay exact). */
  string(opts: { min?: number; max?: number; pattern?: RegExp; verbatim?: boolean } = {}): Check<string> {
    const max = opts.max ?? MAX_TEXT;
    const min = opts.min ?? 0;
    return make('text', `tekst (${min}–${max} tekens)`, (v, p) => {
      if (typeof v !== 'string') throw new CheckError(p, because('check.text'));
      if (v.length > max) throw new CheckError(p, because('check.tooLong', { length: v.length, max }));
      if (v.length < min) throw new CheckError(p, min === 1 ? because('check.empty') : because('check.tooShort', { min }));
      const text = opts.verbatim ? v : cleanXmlText(v);
      if (opts.pattern && !opts.pattern.test(text)) throw new CheckError(p, because('check.pattern'));
      return text;
    });
  },
  id(): Check<string> {
    return make('id', 'uuid', (v, p) => {
      if (typeof v !== 'string' || !UUID_RE.test(v)) throw new CheckError(p, because('check.id'));
      return v;
    });
  },
  int(opts: { min?: number; max?: number } = {}): Check<number> {
    const min = opts.min ?? Number.MIN_SAFE_INTEGER;
    const max = opts.max ?? Number.MAX_SAFE_INTEGER;
    return make('integer', `geheel getal (${min}–${max})`, (v, p) => {
      if (typeof v !== 'number' || !Number.isInteger(v)) throw new CheckError(p, because('check.integer'));
      if (v < min || v > max) throw new CheckError(p, because('check.between', { min, max }));
      return v;
    });
  },
  number(opts: { min?: number; max?: number } = {}): Check<number> {
    const min = opts.min ?? -Number.MAX_VALUE;
    const max = opts.max ?? Number.MAX_VALUE;
    return make('number', `getal (${min}–${max})`, (v, p) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new CheckError(p, because('check.number'));
      if (v < min || v > max) throw new CheckError(p, because('check.between', { min, max }));
      return v;
    });
  },
  boolean(): Check<boolean> {
    return make('boolean', 'ja/nee', (v, p) => {
      if (typeof v !== 'boolean') throw new CheckError(p, because('check.boolean'));
      return v;
    });
  },
  literal<const T extends string | number | boolean>(value: T): Check<T> {
    return make('literal', JSON.stringify(value), (v, p) => {
      if (v !== value) throw new CheckError(p, because('check.literal', { value: JSON.stringify(value) }));
      return value;
    });
  },
  enum<const T extends readonly string[]>(values: T): Check<T[number]> {
    const set = new Set<string>(values);
    return make('enum', `één van: ${values.join(', ')}`, (v, p) => {
      if (typeof v !== 'string' || !set.has(v)) throw new CheckError(p, because('check.oneOf', { values: values.join(', ') }));
      return v as T[number];
    });
  },
  nullable<T>(inner: Check<T>): Check<T | null> {
    return make(inner.kind, `${inner.describe} of leeg`, (v, p) => (v === null || v === undefined ? null : inner(v, p)), { nullable: true, optional: inner.optional });
  },
  optional<T>(inner: Check<T>): Check<T | undefined> {
    return make(inner.kind, `${inner.describe} (optioneel)`, (v, p) => (v === undefined ? undefined : inner(v, p)), { nullable: inner.nullable, optional: true });
  },
  array<T>(inner: Check<T>, opts: { max?: number } = {}): Check<T[]> {
    const max = opts.max ?? 10_000;
    return make('list', `lijst van ${inner.describe}`, (v, p) => {
      if (!Array.isArray(v)) throw new CheckError(p, because('check.list'));
      if (v.length > max) throw new CheckError(p, because('check.tooMany', { max }));
      return v.map((item, i) => inner(item, `${p}[${i}]`));
    });
  },
  record<T>(inner: Check<T>, opts: { max?: number } = {}): Check<Record<string, T>> {
    const max = opts.max ?? 10_000;
    return make('record', `tabel van ${inner.describe}`, (v, p) => {
      if (!isPlainObject(v)) throw new CheckError(p, because('check.object'));
      const entries = Object.entries(v);
      if (entries.length > max) throw new CheckError(p, because('check.tooMany', { max }));
      const out: Record<string, T> = {};
      for (const [k, item] of entries) {
        refuseHiddenKey(k, p);
        out[k] = inner(item, p ? `${p}.${k}` : k);
      }
      return out;
    });
  },
  object<S extends Record<string, Check<unknown>>>(shape: S): Check<ShapeType<S>> & { shape: S } {
    const keys = Object.keys(shape);
    const check = make('object', `object {${keys.join(', ')}}`, (v, p) => {
      if (!isPlainObject(v)) throw new CheckError(p, because('check.object'));
      const out: Record<string, unknown> = {};
      for (const k of keys) {
        const val = shape[k]!((v as Record<string, unknown>)[k], p ? `${p}.${k}` : k);
        if (val !== undefined) out[k] = val;
      }
      for (const k of Object.keys(v)) {
        refuseHiddenKey(k, p);
        if (!Object.hasOwn(shape, k)) throw new CheckError(p ? `${p}.${k}` : k, because('check.unknownField'));
      }
      return out as ShapeType<S>;
    });
    return Object.assign(check, { shape });
  },
  /** Accepts anything that survives JSON; used only for opaque payloads we pass through. */
  json(): Check<unknown> {
    return make('json', 'JSON-waarde', (v, p) => {
      try {
        JSON.stringify(v);
      } catch {
        throw new CheckError(p, because('check.json'));
      }
      return v;
    });
  },
} as const;

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Keys that name or reach an object's prototype. JSON.parse makes them ordinary own keys, but
 * an assignment or an `in` test treats them specially: a check would drop them from the value it
 * returns while a caller that keeps the raw object writes them to every file it saves.
 */
const HIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function refuseHiddenKey(k: string, p: string): void {
  if (HIDDEN_KEYS.has(k)) throw new CheckError(p ? `${p}.${k}` : k, because('check.hiddenKey'));
}
