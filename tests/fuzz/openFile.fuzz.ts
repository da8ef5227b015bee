/**
 * File open under mutation of the real example project, at the byte level (flips, overwrites,
 * zeroed or copied pages, truncation, insertion, header fields) and at the SQL level (values of
 * every type in every column, dropped and added columns and tables, foreign schema objects,
 * forged schema text, pragmas). Whatever the mutation, opening ends with a valid document (that
 * passes every check and holds only text XML can hold) or a `file.*` error, the app and
 * `vlinder validate` agree, the file is byte-identical afterwards and nothing appears beside it.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { ApiError } from '../../src/shared/api/errors.ts';
import { validateDoc } from '../../src/shared/model/integrity.ts';
import { hasXmlInvalid } from '../../src/shared/model/xmlText.ts';
import { ALL_TABLES } from '../../src/main/storage/columns.ts';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import { readProjectFile } from '../../src/main/storage/projectFiles.ts';
import { writeExampleVlinder } from './exampleFiles.ts';
import { fail, runFuzz, type FuzzReport } from './harness.ts';

const FILE_ERRORS = new Set(['file.damaged', 'file.notSqlite', 'file.foreignSqlite', 'file.newerVersion', 'file.empty', 'file.tooLarge']);

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

interface Bench {
  storage: ReturnType<typeof createStorage>;
  /** The folder the mutated files are in (and nothing may appear in). */
  dir: string;
  incoming: string;
  clean: Buffer;
  done(): void;
}

function setup(): Bench {
  const root = mkdtempSync(join(tmpdir(), 'vlinder-fuzz-open-'));
  const dataDir = join(root, 'data');
  const storage = createStorage({ dataDir, appVersion: '0.1.0-fuzz' });
  const source = join(root, 'voorbeeld.vlinder');
  writeExampleVlinder(join(root, 'seed-data'), source);
  return { storage, dir: root, incoming: join(dataDir, 'incoming'), clean: readFileSync(source), done: () => rmSync(root, { recursive: true, force: true }) };
}

/** Opens `path` both ways; returns the outcome, failing on anything a stranger's file must not cause. */
function openBothWays(b: Bench, path: string, checkValidate: boolean): string {
  const before = sha(readFileSync(path));
  const listing = readdirSync(b.dir).sort().join('|');
  let outcome: string;
  try {
    const wc = b.storage.open(path);
    const doc = wc.doc();
    wc.close(true);
    const problems = validateDoc(doc);
    if (problems.length > 0) fail(`opened an invalid document: ${JSON.stringify(problems[0])}`);
    if (strings(doc).some(hasXmlInvalid)) fail('opened a document with text XML cannot hold');
    outcome = 'ok';
  } catch (err) {
    if (!(err instanceof ApiError) || !FILE_ERRORS.has(err.code)) fail(`open threw ${err instanceof Error ? err.stack : String(err)}`);
    outcome = err.code;
  }
  if (checkValidate) {
    let other: string;
    try {
      readProjectFile(path);
      other = 'ok';
    } catch (err) {
      other = err instanceof ApiError ? err.code : `throw ${String(err)}`;
    }
    if (other !== outcome) fail(`the app says ${outcome}, vlinder validate says ${other}`);
  }
  if (sha(readFileSync(path)) !== before) fail('the file was modified');
  if (readdirSync(b.dir).sort().join('|') !== listing) fail('files appeared beside the file');
  if (readdirSync(b.incoming).length > 0) fail('a private copy was left behind');
  return outcome;
}

// ---- byte level -------------------------------------------------------------------------------

type ByteOp =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'set'; at: number; value: number }
  | { op: 'zero'; at: number; length: number }
  | { op: 'copyPage'; from: number; to: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'header'; at: number; value: number };

function byteOps(size: number): fc.Arbitrary<ByteOp[]> {
  const at = fc.nat({ max: size - 1 });
  const pages = Math.max(1, Math.floor(size / 4096));
  const op: fc.Arbitrary<ByteOp> = fc.oneof(
    fc.record({ op: fc.constant('flip' as const), at, bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ op: fc.constant('set' as const), at, value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ op: fc.constant('zero' as const), at, length: fc.integer({ min: 1, max: 4096 }) }),
    fc.record({ op: fc.constant('copyPage' as const), from: fc.nat({ max: pages - 1 }), to: fc.nat({ max: pages - 1 }) }),
    fc.record({ op: fc.constant('truncate' as const), at }),
    fc.record({ op: fc.constant('insert' as const), at, bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
    fc.record({ op: fc.constant('header' as const), at: fc.nat({ max: 99 }), value: fc.integer({ min: 0, max: 255 }) }),
  );
  return fc.array(op, { minLength: 1, maxLength: 4 });
}

export function mutateBytes(clean: Buffer, ops: readonly ByteOp[]): Buffer {
  let bytes = Buffer.from(clean);
  for (const o of ops) {
    if (o.op === 'flip' && o.at < bytes.length) bytes[o.at]! ^= 1 << o.bit;
    else if ((o.op === 'set' || o.op === 'header') && o.at < bytes.length) bytes[o.at] = o.value;
    else if (o.op === 'zero') bytes.fill(0, Math.min(o.at, bytes.length), Math.min(o.at + o.length, bytes.length));
    else if (o.op === 'copyPage' && o.from * 4096 < bytes.length && o.to * 4096 < bytes.length) bytes.copy(bytes, o.to * 4096, o.from * 4096, Math.min(o.from * 4096 + 4096, bytes.length));
    else if (o.op === 'truncate') bytes = bytes.subarray(0, o.at);
    else if (o.op === 'insert' && o.at <= bytes.length) bytes = Buffer.concat([bytes.subarray(0, o.at), Buffer.from(o.bytes), bytes.subarray(o.at)]);
  }
  return bytes;
}

export async function fuzzOpenBytes(cases: number): Promise<FuzzReport> {
  const b = setup();
  try {
    const target = join(b.dir, 'gemuteerd.vlinder');
    return await runFuzz('file open, byte mutations', byteOps(b.clean.length), cases, (ops, outcomes) => {
      writeFileSync(target, mutateBytes(b.clean, ops));
      outcomes.note(openBothWays(b, target, false));
    });
  } finally {
    b.done();
  }
}

// ---- SQL level --------------------------------------------------------------------------------

const TABLES = ALL_TABLES.map((t) => ({ name: t.sql, columns: t.columns.map((c) => c.sql) }));

/** Literal SQL values of every storage class and the shapes that trip decoders. */
const sqlValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('NULL', '0', '1', '-1', '1e308', '-0.0', "''", "'[]'", "'{}'", "'[\"'", "'null'", "'{\"__proto__\":{\"x\":1}}'", "'{\"constructor\":1}'"),
  fc.constantFrom("x''", 'randomblob(16)', 'randomblob(15)', 'zeroblob(17)', "printf('%.*c', 100000, 'x')", "char(65535, 1, 55296)", "CAST(x'c328' AS TEXT)", "'\uFFFD'", "'2026-13-45T99:99:99Z'"),
  fc.integer().map(String),
  fc.double({ noNaN: true }).map((d) => (Number.isFinite(d) ? String(d) : '1e999')),
  fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `'${s.replace(/'/g, "''").replace(/\0/g, '')}'`),
  fc.uint8Array({ maxLength: 24 }).map((u) => `x'${Buffer.from(u).toString('hex')}'`),
);

function sqlOps(): fc.Arbitrary<string[]> {
  const table = fc.constantFrom(...TABLES);
  const op = fc.oneof(
    { weight: 6, arbitrary: fc.tuple(table, fc.nat(), fc.nat({ max: 40 }), sqlValue).map(([t, c, row, v]) => `UPDATE "${t.name}" SET "${t.columns[c % t.columns.length]}" = ${v} WHERE id = (SELECT id FROM "${t.name}" LIMIT 1 OFFSET ${row})`) },
    { weight: 2, arbitrary: fc.tuple(table, fc.nat({ max: 40 })).map(([t, row]) => `DELETE FROM "${t.name}" WHERE id = (SELECT id FROM "${t.name}" LIMIT 1 OFFSET ${row})`) },
    { weight: 1, arbitrary: table.map((t) => `DROP TABLE "${t.name}"`) },
    { weight: 1, arbitrary: fc.tuple(table, fc.nat()).map(([t, c]) => `ALTER TABLE "${t.name}" DROP COLUMN "${t.columns[1 + (c % (t.columns.length - 1))]}"`) },
    { weight: 1, arbitrary: table.map((t) => `ALTER TABLE "${t.name}" ADD COLUMN extra TEXT DEFAULT 'x'`) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        'CREATE TABLE extra (x)',
        'CREATE INDEX extra_i ON risks (title)',
        "CREATE VIEW extra_v AS SELECT 'x'",
        'CREATE TRIGGER extra_t AFTER DELETE ON risks BEGIN SELECT 1; END',
        'CREATE VIRTUAL TABLE extra_f USING fts5(x)',
        'PRAGMA user_version = 0',
        'PRAGMA user_version = 99',
        'PRAGMA application_id = 7',
      ),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(table, fc.constantFrom('CREATE VIRTUAL TABLE %s USING fts5(a)', 'CREATE VIEW %s AS SELECT 1', 'CREATE /**/VIRTUAL TABLE %s USING fts5(id)', 'CREATE TABLE %s (id BLOB PRIMARY KEY, x CHECK(load_extension(\'x\'))) WITHOUT ROWID')).map(
        ([t, sql]) => `SCHEMA UPDATE sqlite_schema SET sql = '${sql.replace('%s', t.name).replace(/'/g, "''")}' WHERE name = '${t.name}'`,
      ),
    },
  );
  return fc.array(op, { minLength: 1, maxLength: 3 });
}

function mutateSql(source: string, target: string, ops: readonly string[]): number {
  copyFileSync(source, target);
  const db = new Database(target);
  let applied = 0;
  try {
    db.pragma('journal_mode = DELETE');
    for (const op of ops) {
      try {
        if (op.startsWith('SCHEMA ')) {
          db.unsafeMode(true);
          db.pragma('writable_schema = ON');
          db.exec(op.slice(7));
          db.pragma('writable_schema = OFF');
          db.unsafeMode(false);
        } else {
          db.exec(op);
        }
        applied++;
      } catch {
        // A mutation SQLite itself refuses simply does not happen.
      }
    }
  } finally {
    db.close();
  }
  return applied;
}

export async function fuzzOpenSql(cases: number): Promise<FuzzReport> {
  const b = setup();
  try {
    const source = join(b.dir, 'bron.vlinder');
    writeFileSync(source, b.clean);
    const target = join(b.dir, 'gemuteerd.vlinder');
    return await runFuzz('file open, SQL mutations', sqlOps(), cases, (ops, outcomes) => {
      mutateSql(source, target, ops);
      outcomes.note(openBothWays(b, target, true));
    });
  } finally {
    b.done();
  }
}
