/**
 * The JSON interchange reader under mutation of the real example: any value anywhere replaced
 * (by arbitrary JSON, hostile strings, prototype keys), keys removed or added, rows duplicated,
 * and the text itself cut or spliced. It yields a document that passes every check, holds only
 * text XML can hold and survives a round trip unchanged, or `import.invalid` — nothing else.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { ApiError } from '../../src/shared/api/errors.ts';
import { validateDoc } from '../../src/shared/model/integrity.ts';
import { parseInterchange, stringifyInterchange } from '../../src/shared/model/interchange.ts';
import { hasXmlInvalid } from '../../src/shared/model/xmlText.ts';
import { checkDoc } from '../../src/main/storage/checkDoc.ts';
import { EXAMPLE_JSON } from './exampleFiles.ts';
import { fail, runFuzz, type FuzzReport } from './harness.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every path into the example, so a mutation can land anywhere. */
function paths(v: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

const EXAMPLE = JSON.parse(EXAMPLE_JSON) as Json;
const PATHS = paths(EXAMPLE);

const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('', ' ', '\uFFFE', '\uFFFF', '\u0000', '\u000b', '\uD800', '=1+1', '__proto__', '00000000-0000-4000-8000-000000000000', '2026-02-30T25:00:00.000Z', 'x'.repeat(20_001)),
);
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom<Json>(-1, 0, 1.5, 1e308, 2 ** 53, [], {}, { __proto__: 1 } as unknown as Json, JSON.parse('{"__proto__":{"x":1}}') as Json) },
);

type Mutation =
  | { kind: 'set'; path: number; value: Json }
  | { kind: 'delete'; path: number }
  | { kind: 'addKey'; path: number; key: string; value: Json }
  | { kind: 'duplicate'; path: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), path: fc.nat({ max: PATHS.length - 1 }), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path: fc.nat({ max: PATHS.length - 1 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('addKey' as const), path: fc.nat({ max: PATHS.length - 1 }), key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id', 'extra'), fc.string({ maxLength: 8 })), value: hostileValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), path: fc.nat({ max: PATHS.length - 1 }) }) },
);

const textEdit = fc.oneof(
  fc.constant(null),
  fc.record({ cut: fc.nat({ max: EXAMPLE_JSON.length }) }),
  fc.record({ at: fc.nat({ max: EXAMPLE_JSON.length }), insert: fc.string({ unit: 'binary', maxLength: 4 }) }),
);

/** The node at `path`, or undefined once an earlier mutation removed or replaced part of it. */
function nodeAt(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const k of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[k];
  }
  return node;
}

function parentOf(root: Json, path: Path): { parent: Json; key: string | number } | null {
  if (path.length === 0) return null;
  const parent = nodeAt(root, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' ? { parent, key: path.at(-1)! } : null;
}

function apply(root: Json, m: Mutation): Json {
  const path = PATHS[m.path]!;
  const at = parentOf(root, path);
  if (m.kind === 'set') {
    if (path.length === 0) return m.value;
    if (at) (at.parent as Record<string | number, Json>)[at.key] = m.value;
  } else if (m.kind === 'delete' && at) {
    if (Array.isArray(at.parent)) at.parent.splice(Number(at.key), 1);
    else delete (at.parent as Record<string, Json>)[at.key];
  } else if (m.kind === 'addKey') {
    const node = nodeAt(root, path);
    // defineProperty, so that "__proto__" becomes an own key, as JSON.parse makes it.
    if (node && typeof node === 'object' && !Array.isArray(node)) Object.defineProperty(node, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
  } else if (m.kind === 'duplicate' && at && Array.isArray(at.parent) && at.parent[Number(at.key)] !== undefined) {
    at.parent.push(structuredClone(at.parent[Number(at.key)]!));
  }
  return root;
}

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

export async function fuzzInterchange(cases: number): Promise<FuzzReport> {
  const arb = fc.record({ mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }), edit: textEdit });
  return runFuzz('JSON interchange', arb, cases, ({ mutations, edit }, outcomes) => {
    let root = structuredClone(EXAMPLE);
    for (const m of mutations) root = apply(root, m);
    let text = JSON.stringify(root);
    if (edit && 'cut' in edit) text = text.slice(0, edit.cut);
    else if (edit) text = text.slice(0, edit.at) + edit.insert + text.slice(edit.at);
    let parsed;
    try {
      parsed = parseInterchange(text);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'import.invalid') return outcomes.note('import.invalid');
      fail(`parseInterchange threw ${err instanceof Error ? err.stack : String(err)}`);
    }
    const { doc } = parsed;
    if (validateDoc(doc).length > 0) fail('accepted a document with integrity problems');
    const again = checkDoc(doc);
    if (again.problem !== null) fail(`accepted a document its own checks refuse: ${again.problem}`);
    if (strings(doc).some(hasXmlInvalid)) fail('accepted text XML cannot hold');
    const back = parseInterchange(stringifyInterchange(doc, { saveHistory: parsed.saveHistory ?? [] }));
    if (!isDeepStrictEqual(back.doc, doc)) fail('the round trip changed the document');
    outcomes.note('ok');
  });
}
