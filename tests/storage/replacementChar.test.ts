/**
 * A genuine U+FFFD is re-read as bytes to tell it from invalid UTF-8. That check must cost one
 * more scan per table, not one query per value: 100 000 causes holding U+FFFD took 42 s to open
 * (0.6 s without) when each value was re-read by its row number.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentWriter } from '../../src/main/storage/contentWriter.ts';
import { readContent } from '../../src/main/storage/readContent.ts';
import { openWorkingDb, type Db } from '../../src/main/storage/workingDb.ts';
import { generateProject } from '../builders/generateProject.ts';
import { useTempDirs } from './tempDirs.ts';

const tempDir = useTempDirs();

/** A database whose causes all hold a U+FFFD, and the number of statements reading it prepares. */
function statementsToRead(risks: number): { causes: number; statements: number } {
  const doc = generateProject({ risks, workedOut: risks, seed: 3 });
  for (const cause of Object.values(doc.causes)) cause.label = `Onbekend teken \uFFFD in ${cause.label}`;
  const db = openWorkingDb(join(tempDir(), `fffd-${risks}.sqlite`));
  try {
    db.transaction(() => new ContentWriter(db).writeDoc(doc))();
    let statements = 0;
    const counting = new Proxy(db, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (key === 'prepare' || key === 'pragma') statements++;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    }) as Db;
    const { doc: back } = readContent(counting);
    expect(Object.values(back.causes).every((c) => c.label.includes('\uFFFD'))).toBe(true);
    return { causes: Object.keys(doc.causes).length, statements };
  } finally {
    db.close();
  }
}

describe('genuine replacement characters', () => {
  it('are verified with a fixed number of statements, however many values hold one', () => {
    const small = statementsToRead(2);
    const large = statementsToRead(40);
    expect(large.causes).toBeGreaterThan(10 * small.causes);
    expect(large.statements).toBe(small.statements);
  });
});
