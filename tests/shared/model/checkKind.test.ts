/** Checks carry their structural kind as data: storage and forms read it, never the wording. */
import { describe, expect, it } from 'vitest';
import { c, type Check } from '../../../src/shared/model/check.ts';
import { TABLES, projectCheck } from '../../../src/shared/model/entities.ts';
import { columnKindOf } from '../../../src/main/storage/columns.ts';

describe('check kinds', () => {
  it('each builder declares its kind; nullable and optional keep the inner kind and say so', () => {
    expect([c.string(), c.id(), c.int(), c.number(), c.boolean(), c.enum(['a']), c.literal('x'), c.array(c.id()), c.record(c.int()), c.object({}), c.json()].map((k) => k.kind)).toEqual([
      'text', 'id', 'integer', 'number', 'boolean', 'enum', 'literal', 'list', 'record', 'object', 'json',
    ]);
    const flags = (k: Check<unknown>) => ({ kind: k.kind, nullable: k.nullable, optional: k.optional });
    expect(flags(c.nullable(c.enum(['a'])))).toEqual({ kind: 'enum', nullable: true, optional: false });
    expect(flags(c.optional(c.nullable(c.int())))).toEqual({ kind: 'integer', nullable: true, optional: true });
    expect(flags(c.string())).toEqual({ kind: 'text', nullable: false, optional: false });
  });

  it('the column of a field follows from its kind, whatever its description says', () => {
    const list = c.array(c.id());
    const reworded = Object.assign((v: unknown) => list(v), { describe: 'geheel getal, anders gezegd', kind: list.kind, nullable: false, optional: false }) as Check<unknown>;
    expect(columnKindOf(reworded)).toEqual({ kind: 'json', nullable: false });
    expect(columnKindOf(c.nullable(c.id()))).toEqual({ kind: 'uuid', nullable: true });
    expect(() => columnKindOf(c.literal(1))).toThrow(/no column kind/);
  });

  it('every field of every entity has a column kind', () => {
    for (const check of [projectCheck, ...Object.values(TABLES)]) for (const field of Object.values(check.shape)) expect(() => columnKindOf(field)).not.toThrow();
  });
});
