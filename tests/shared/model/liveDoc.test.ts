/**
 * The document an open project edits in place (LiveDoc) against the old way as the oracle: a copy
 * of the document per edit (`applyChanges`), the scanning incremental check and the full check
 * (`validateDoc`). Random sequences of valid edits and of damaging ones must give the same
 * document (key order included), the same refusals with the same problems in the same order, and
 * leave every snapshot handed out on the way as it was.
 */
import fc from 'fast-check';
import { enablePatches, produceWithPatches } from 'immer';
import { describe, expect, it } from 'vitest';
import { applyChanges, changesFromPatches, type Change, type ProjectDoc } from '../../../src/shared/model/doc.ts';
import type { Risk, TableName } from '../../../src/shared/model/entities.ts';
import { REFERRERS, validateChanges, validateDoc } from '../../../src/shared/model/integrity.ts';
import { LiveDoc, viewAfter } from '../../../src/shared/model/liveDoc.ts';
import { RefIndex } from '../../../src/shared/model/refIndex.ts';
import { sequentialIdentity, withIdentity } from '../../../src/shared/model/ops/stamp.ts';
import { applyCommand, arbCommand, arbDoc, type Command } from './arbitraries.ts';

enablePatches();

type Step =
  | { kind: 'command'; command: Command }
  | { kind: 'damage'; what: 'repoint' | 'delete' | 'duplicate' | 'pair'; a: number; b: number }
  | { kind: 'snapshot' };

const arbStep: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: arbCommand.map((command) => ({ kind: 'command' as const, command })) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('damage' as const), what: fc.constantFrom('repoint' as const, 'delete' as const, 'duplicate' as const, 'pair' as const), a: fc.nat(), b: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'snapshot' as const }) },
);

const DAMAGEABLE = ['risks', 'causes', 'consequences', 'riskCauses', 'riskConsequences', 'measures', 'placements', 'escalationFactors', 'partners', 'areas', 'themes', 'scores', 'layoutOverrides'] as const;
const REF_FIELDS = ['riskId', 'causeId', 'consequenceId', 'measureId', 'pathId', 'placementId', 'ownerId', 'parentId', 'themeId'];

let fresh = 0;
const freshId = () => `00000000-0000-4000-8000-${(++fresh).toString(16).padStart(12, '0')}`;

/** One raw change that may well break the document: a re-pointed reference, a delete, a duplicate row. */
function damage(doc: ProjectDoc, what: 'repoint' | 'delete' | 'duplicate', a: number, b: number): Change | null {
  const tables = DAMAGEABLE.filter((t) => Object.keys(doc[t]).length > 0);
  if (tables.length === 0) return null;
  const table: TableName = what === 'duplicate' ? (['scores', 'layoutOverrides', 'risks'] as const)[a % 3]! : tables[a % tables.length]!;
  const ids = Object.keys(doc[table]).sort();
  if (ids.length === 0) return null;
  const id = ids[b % ids.length]!;
  if (what === 'delete') return { op: 'delete', table, id };
  const row = { ...(doc[table][id] as unknown as Record<string, unknown>) };
  if (what === 'duplicate') return { op: 'put', table, value: { ...row, id: freshId() } as { id: string } };
  const pool = Object.values(doc).flatMap((t) => (t && typeof t === 'object' && !('documentId' in t) ? Object.keys(t) : []));
  for (const k of REF_FIELDS) if (k in row) row[k] = pool[(a + b + k.length) % pool.length] ?? row[k];
  if (Array.isArray(row['areaIds']) && pool.length > 0) row['areaIds'] = [pool[(a * 7 + b) % pool.length]!];
  return { op: 'put', table, value: row as { id: string } };
}

/** The changes of one step, made on the oracle's document; null when the step changes nothing. */
function changesOf(doc: ProjectDoc, step: Step, seed: number): Change[] | null {
  if (step.kind === 'snapshot') return null;
  if (step.kind === 'command') {
    const [next, patches] = withIdentity(sequentialIdentity(seed), () => produceWithPatches(doc, (d) => void applyCommand(d as ProjectDoc, step.command)));
    const changes = changesFromPatches(next, patches);
    return changes.length > 0 ? changes : null;
  }
  if (step.what === 'pair') {
    const one = damage(doc, 'repoint', step.a, step.b);
    const two = damage(doc, 'delete', step.b, step.a);
    return one && two ? [one, two] : null;
  }
  const ch = damage(doc, step.what, step.a, step.b);
  return ch ? [ch] : null;
}

const json = (doc: ProjectDoc) => JSON.stringify(doc);

describe('LiveDoc against the copy-per-edit oracle', () => {
  it('gives the same documents, the same refusals and leaves snapshots alone (random edit sequences)', () => {
    let refused = 0;
    let accepted = 0;
    fc.assert(
      fc.property(arbDoc({ maxCommands: 60 }), fc.array(arbStep, { maxLength: 40 }), fc.nat(), (start, steps, seed) => {
        let oracle = start;
        const live = new LiveDoc(start);
        const snapshots: { doc: ProjectDoc; text: string }[] = [];
        steps.forEach((step, i) => {
          if (step.kind === 'snapshot') {
            const snap = live.snapshot();
            expect(json(snap)).toBe(json(oracle));
            snapshots.push({ doc: snap, text: json(snap) });
            return;
          }
          const changes = changesOf(oracle, step, seed + i);
          if (!changes) return;
          const next = applyChanges(oracle, changes);
          const expected = validateChanges(next, changes);
          // The oracle agrees with itself: the scanning check refuses exactly when the full check does.
          expect(expected.length > 0).toBe(validateDoc(next).length > 0);
          expect(live.problems(changes)).toEqual(expected);
          if (expected.length > 0) {
            refused++;
            return;
          }
          accepted++;
          live.apply(changes);
          oracle = next;
        });
        expect(json(live.snapshot())).toBe(json(oracle));
        for (const s of snapshots) expect(json(s.doc)).toBe(s.text);
      }),
      { numRuns: 150 },
    );
    // The sequences must exercise both outcomes, or the comparison proves little.
    expect(refused).toBeGreaterThan(50);
    expect(accepted).toBeGreaterThan(200);
  });
});

describe('viewAfter', () => {
  it('answers lookups as the copied document does, and refuses writes', () => {
    fc.assert(
      fc.property(arbDoc({ maxCommands: 40 }), fc.nat(), fc.nat(), fc.constantFrom('repoint' as const, 'delete' as const, 'duplicate' as const), (doc, a, b, what) => {
        const ch = damage(doc, what, a, b);
        if (!ch || ch.op === 'project') return;
        const before = json(doc);
        const view = viewAfter(doc, [ch]);
        const copy = applyChanges(doc, [ch]);
        const table = ch.table;
        const key = ch.op === 'put' ? ch.value.id : ch.id;
        expect(Object.hasOwn(view[table], key)).toBe(Object.hasOwn(copy[table], key));
        expect(view[table][key]).toEqual(copy[table][key]);
        expect(Object.keys(view[table]).sort()).toEqual(Object.keys(copy[table]).sort());
        expect(() => {
          (view[table] as Record<string, unknown>)[key] = null;
        }).toThrow();
        expect(json(doc)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});

describe('RefIndex', () => {
  it('kept in step change by change, answers as one built afresh from the result', () => {
    fc.assert(
      fc.property(arbDoc({ maxCommands: 40 }), fc.array(arbCommand, { maxLength: 30 }), fc.nat(), (start, commands, seed) => {
        let doc = start;
        const index = new RefIndex(() => doc);
        // Every part built now, so that all of it is kept in step below.
        const all = Object.values(doc).flatMap((t) => (t && typeof t === 'object' && !('documentId' in t) ? Object.keys(t) : []));
        for (const list of Object.values(REFERRERS)) for (const { table, field } of list ?? []) index.referrers(table, field, all);
        commands.forEach((command, i) => {
          const changes = changesOf(doc, { kind: 'command', command }, seed + i) ?? [];
          for (const ch of changes) {
            if (ch.op === 'project') continue;
            const key = ch.op === 'put' ? ch.value.id : ch.id;
            const before = doc[ch.table][key] as Record<string, unknown> | undefined;
            doc = applyChanges(doc, [ch]);
            index.update(ch.table, key, before, doc[ch.table][key] as Record<string, unknown> | undefined);
          }
        });
        const fresh = new RefIndex(() => doc);
        const targets = Object.values(doc).flatMap((t) => (t && typeof t === 'object' && !('documentId' in t) ? Object.keys(t) : []));
        for (const list of Object.values(REFERRERS)) {
          for (const { table, field } of list ?? []) {
            for (const id of targets) expect(index.referrers(table, field, [id])).toEqual(fresh.referrers(table, field, [id]));
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('the reference index reads the partners of a risk’s roles', () => {
  it('refuses to delete a partner a risk names in its roles, as the full check does', async () => {
    const { generateProject } = await import('../../builders/generateProject.ts');
    const doc = generateProject({ risks: 5, workedOut: 2, seed: 3 });
    const live = new LiveDoc(doc);
    const risk = Object.values(doc.risks)[0]!;
    const at = risk.updatedAt;
    const partner = { id: '0f0e0d0c-0b0a-4908-8706-050403020100', createdAt: at, updatedAt: at, name: 'Politie', kind: 'police' as const, domain: null, role: '' };
    live.apply([{ op: 'put', table: 'partners', value: partner }]);
    const withRole: Risk = { ...risk, partnerRoles: [{ partnerId: partner.id, role: 'lead', note: '' }] };
    const named: Change = { op: 'put', table: 'risks', value: withRole };
    expect(live.problems([named])).toEqual([]);
    live.apply([named]);
    const del: Change = { op: 'delete', table: 'partners', id: partner.id };
    const problems = live.problems([del]);
    expect(problems.map((p) => [p.table, p.id, p.field])).toEqual([['risks', risk.id, 'partnerRoles']]);
    expect(problems).toEqual(validateChanges(applyChanges(live.snapshot(), [del]), [del]));
  });
});
