import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_TABLES, ENTITY_TABLES, PROJECT_TABLE } from '../../src/main/storage/columns.ts';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../src/main/storage/migrations/index.ts';
import { schemaAt } from '../../src/main/storage/schemaAt.ts';
import { migrate, openWorkingDb } from '../../src/main/storage/workingDb.ts';
import { APPLICATION_ID, FORMAT_VERSION } from '../../src/main/storage/format.ts';
import { useTempDirs } from './tempDirs.ts';

const tempDir = useTempDirs();

const SQL_TYPE = { uuid: 'BLOB', text: 'TEXT', int: 'INTEGER', real: 'REAL', bool: 'INTEGER', json: 'TEXT' } as const;

describe('schema', () => {
  it('the migrations create exactly the columns the entity checks describe', () => {
    const db = openWorkingDb(join(tempDir(), 'w.sqlite'));
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(ALL_TABLES.map((t) => t.sql).sort());
    for (const spec of ALL_TABLES) {
      const cols = db.prepare(`PRAGMA table_info("${spec.sql}")`).all() as { name: string; type: string; notnull: number; pk: number }[];
      expect(cols.map((c) => [c.name, c.type, c.pk === 1 || c.notnull === 1]), `table ${spec.sql} (add a migration when an entity gains a field)`).toEqual(
        spec.columns.map((c) => [c.sql, SQL_TYPE[c.kind], c.key === 'id' || !c.nullable]),
      );
    }
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(FORMAT_VERSION);
    db.close();
  });

  it('stores lists and objects as JSON, booleans as 0/1 and renames the keyword "order"', () => {
    const risks = ENTITY_TABLES.risks.columns;
    expect(risks.find((c) => c.key === 'areaIds')).toMatchObject({ sql: 'area_ids', kind: 'json', nullable: false });
    expect(risks.find((c) => c.key === 'order')).toMatchObject({ sql: 'sort_order', kind: 'real' });
    expect(risks.find((c) => c.key === 'priorityAdvice')).toMatchObject({ kind: 'text', nullable: true });
    expect(ENTITY_TABLES.measures.columns.find((c) => c.key === 'quickWin')).toMatchObject({ kind: 'bool' });
    expect(ENTITY_TABLES.measures.columns.find((c) => c.key === 'plannedYear')).toMatchObject({ kind: 'int', nullable: true });
    expect(PROJECT_TABLE.columns.find((c) => c.key === 'scales')).toMatchObject({ kind: 'json' });
  });

  it('numbers the migrations 1, 2, … and the format version is the last one', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: FORMAT_VERSION }, (_, i) => i + 1));
  });

  it('reads each older version with exactly the columns its migrations created (what later migrations declare in adds)', () => {
    for (let version = 1; version <= FORMAT_VERSION; version++) {
      const db = new Database(join(tempDir(), `v${version}.sqlite`));
      migrate(db, version);
      expect(db.pragma('user_version', { simple: true })).toBe(version);
      const schema = schemaAt(version);
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
      expect(tables, `version ${version}`).toEqual(schema.all.map((t) => t.sql).sort());
      for (const spec of schema.all) {
        const cols = db.prepare(`PRAGMA table_info("${spec.sql}")`).all() as { name: string }[];
        expect(cols.map((c) => c.name), `version ${version}, table ${spec.sql}`).toEqual(spec.columns.map((c) => c.sql));
      }
      db.close();
    }
  });
});
