/**
 * Properties of the operations over random command sequences: they never produce a document
 * that fails the integrity check, a refused operation changes nothing, the incremental check
 * finds what the full check finds, and deleting anything leaves no dangling reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, changesFromPatches, type Change, type ProjectDoc } from '../../../src/shared/model/doc.ts';
import { validateChanges, validateDoc } from '../../../src/shared/model/integrity.ts';
import { sequentialIdentity, withIdentity } from '../../../src/shared/model/ops/stamp.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import * as ops from '../../../src/shared/model/ops/index.ts';
import { applyCommand, arbCommands, arbDoc } from './arbitraries.ts';
import { enablePatches, produceWithPatches } from 'immer';

enablePatches();

describe('operations (random command sequences)', () => {
  it('never produce a document that fails validateDoc', () => {
    fc.assert(
      fc.property(fc.nat(), arbCommands({ maxLength: 80 }), (seed, cmds) => {
        withIdentity(sequentialIdentity(seed), () => {
          const doc = newProjectDoc({ title: 'T' });
          for (const c of cmds) {
            applyCommand(doc, c);
            expect(validateDoc(doc)).toEqual([]);
          }
        });
      }),
      { numRuns: 150 },
    );
  });

  it('leave the document untouched when they refuse their input', () => {
    fc.assert(
      fc.property(fc.nat(), arbCommands({ maxLength: 60 }), (seed, cmds) => {
        withIdentity(sequentialIdentity(seed), () => {
          const doc = newProjectDoc({ title: 'T' });
          for (const c of cmds) {
            const before = JSON.stringify(doc);
            if (!applyCommand(doc, c)) expect(JSON.stringify(doc)).toBe(before);
          }
        });
      }),
      { numRuns: 100 },
    );
  });

  it('inside immer: validateChanges on the patches finds exactly what validateDoc finds', () => {
    fc.assert(
      fc.property(fc.nat(), arbCommands({ maxLength: 60 }), (seed, cmds) => {
        withIdentity(sequentialIdentity(seed), () => {
          let doc: ProjectDoc = newProjectDoc({ title: 'T' });
          for (const c of cmds) {
            const [next, patches] = produceWithPatches(doc, (d) => {
              applyCommand(d as ProjectDoc, c);
            });
            const changes = changesFromPatches(next, patches);
            expect(validateChanges(next, changes)).toEqual([]);
            doc = next;
          }
          expect(validateDoc(doc)).toEqual([]);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('deleting', () => {
  it('anything leaves no reference to it behind', () => {
    const deleters = {
      risks: ops.deleteRisk,
      riskCauses: ops.removeRiskCause,
      riskConsequences: ops.removeRiskConsequence,
      placements: (doc: ProjectDoc, id: string) => ops.removePlacement(doc, id),
      measures: ops.deleteMeasure,
      escalationFactors: ops.removeEscalationFactor,
      partners: ops.deletePartner,
      areas: ops.deleteArea,
      themes: ops.deleteTheme,
    } as const;
    fc.assert(
      fc.property(arbDoc({ maxCommands: 80 }), fc.constantFrom(...(Object.keys(deleters) as (keyof typeof deleters)[])), fc.nat(), (doc, table, n) => {
        const ids = Object.keys(doc[table]).sort();
        if (ids.length === 0) return;
        const id = ids[n % ids.length]!;
        deleters[table](doc, id);
        expect(doc[table][id]).toBeUndefined();
        expect(validateDoc(doc)).toEqual([]);
        expect(JSON.stringify(doc)).not.toContain(id);
      }),
      { numRuns: 300 },
    );
  });
});

describe('operations on immer drafts', () => {
  it('give exactly the same document as on a plain object (the draft-friendly reads are faithful)', () => {
    fc.assert(
      fc.property(fc.nat(), arbCommands({ maxLength: 60 }), (seed, cmds) => {
        const plain = withIdentity(sequentialIdentity(seed), () => {
          const doc = newProjectDoc({ title: 'T' });
          for (const c of cmds) applyCommand(doc, c);
          return doc;
        });
        const drafted = withIdentity(sequentialIdentity(seed), () => {
          let doc: ProjectDoc = newProjectDoc({ title: 'T' });
          for (const c of cmds) doc = produceWithPatches(doc, (d) => void applyCommand(d as ProjectDoc, c))[0];
          return doc;
        });
        expect(JSON.stringify(drafted)).toBe(JSON.stringify(plain));
      }),
      { numRuns: 100 },
    );
  });
});

describe('validateChanges', () => {
  it('reports what validateDoc reports after an arbitrary damaging change', () => {
    // Damage a valid document with one raw change (a put with a foreign reference or a delete)
    // and compare the incremental check with the full one.
    fc.assert(
      fc.property(arbDoc({ maxCommands: 50 }), fc.nat(), fc.nat(), fc.boolean(), (doc, a, b, del) => {
        const tables = (['risks', 'causes', 'consequences', 'riskCauses', 'riskConsequences', 'measures', 'placements', 'escalationFactors', 'partners', 'areas', 'themes'] as const).filter((t) => Object.keys(doc[t]).length > 0);
        if (tables.length === 0) return;
        const table = tables[a % tables.length]!;
        const ids = Object.keys(doc[table]).sort();
        const id = ids[b % ids.length]!;
        let change: Change;
        if (del) change = { op: 'delete', table, id };
        else {
          // Point every reference field of the row at some other row of any table.
          const row = { ...(doc[table][id] as unknown as Record<string, unknown>) };
          const pool = Object.values(doc).flatMap((t) => (t && typeof t === 'object' && !('documentId' in t) ? Object.keys(t) : []));
          for (const k of ['riskId', 'causeId', 'consequenceId', 'measureId', 'pathId', 'placementId', 'ownerId', 'parentId', 'themeId']) {
            if (k in row) row[k] = pool[(a + b + k.length) % pool.length] ?? row[k];
          }
          change = { op: 'put', table, value: row as { id: string } };
        }
        const after = applyChanges(doc, [change]);
        const key = (p: { table: string; id: string; field: string; reason: string }) => `${p.table}/${p.id}/${p.field}/${p.reason}`;
        expect(validateChanges(after, [change]).map(key).sort()).toEqual([...new Set(validateDoc(after).map(key))].sort());
      }),
      { numRuns: 300 },
    );
  });
});
