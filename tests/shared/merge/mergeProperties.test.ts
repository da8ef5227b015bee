/**
 * Properties of the merge over random edit scripts made with the real operations on each side:
 * merging a copy with itself or with its ancestor changes nothing, a one-sided change is always
 * kept, and the result does not depend on which copy is "mine" (conflict choices flipped).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeCopies } from '../../../src/shared/merge/mergeCopies.ts';
import type { Choices, Copy, Side } from '../../../src/shared/merge/types.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { TABLE_NAMES } from '../../../src/shared/model/entities.ts';
import { addCause, updateCause } from '../../../src/shared/model/ops/causes.ts';
import { deleteMeasure, movePlacement, updateMeasure } from '../../../src/shared/model/ops/measures.ts';
import { updateProject } from '../../../src/shared/model/ops/project.ts';
import { deleteRisk, updateRisk } from '../../../src/shared/model/ops/risks.ts';
import { setScore } from '../../../src/shared/model/ops/scores.ts';
import { deletePartner } from '../../../src/shared/model/ops/partners.ts';
import { baseCopy, editedCopy } from './copies.ts';

const AT = '2026-12-01T12:00:00.000Z';
type Step = [op: number, a: number, b: number];

const ids = (rows: Record<string, unknown>) => Object.keys(rows).sort();
const pick = (list: string[], n: number) => list[n % Math.max(1, list.length)];
const STATUS = ['existing', 'planned', 'missing'] as const;

/** One random edit; an edit the model refuses (its target is gone) is skipped, as a user would see. */
function step(doc: ProjectDoc, [op, a, b]: Step): void {
  const risk = pick(ids(doc.risks), a);
  const cause = pick(ids(doc.causes), a);
  const measure = pick(ids(doc.measures), a);
  const placement = pick(ids(doc.placements), a);
  try {
    if (op === 0 && cause) updateCause(doc, cause, { label: `Oorzaak ${a}-${b}` });
    if (op === 1 && measure) updateMeasure(doc, measure, { status: STATUS[b % STATUS.length]! });
    if (op === 2 && measure) deleteMeasure(doc, measure);
    if (op === 3 && risk) addCause(doc, risk, { label: `Nieuwe oorzaak ${b}` });
    if (op === 4 && risk && a % 5 === 0) deleteRisk(doc, risk);
    if (op === 5 && risk) updateRisk(doc, risk, { title: `Risico ${b}` });
    if (op === 6 && risk) setScore(doc, risk, 'likelihood', 1 + (b % 5));
    if (op === 7 && placement) movePlacement(doc, placement, b % 3);
    if (op === 8) updateProject(doc, { title: `Project ${b}` });
    if (op === 9 && a % 7 === 0) {
      const partner = pick(ids(doc.partners), b);
      if (partner) deletePartner(doc, partner);
    }
  } catch {
    // refused by the model: nothing changed
  }
}

const script = fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.nat(1000), fc.nat(1000)), { minLength: 1, maxLength: 12 });

function edited(base: Copy, seed: number, steps: Step[]): Copy {
  return editedCopy(base, seed, (d) => steps.forEach((s) => step(d, s)));
}

/** The document without bookkeeping that a merge may legitimately rewrite. */
function content(doc: ProjectDoc): unknown {
  const strip = (r: object) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'updatedAt' && k !== 'createdAt' && k !== 'trackedSince'));
  return { project: strip(doc.project), ...Object.fromEntries(TABLE_NAMES.map((t) => [t, Object.fromEntries(Object.entries(doc[t]).map(([id, r]) => [id, strip(r)]))])) };
}

const flip = (c: Choices): Choices => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, (v === 'mine' ? 'theirs' : 'mine') as Side]));
const allTo = (open: { key: string }[], side: Side): Choices => Object.fromEntries(open.map((c) => [c.key, side]));

const RUNS = { numRuns: 40 };

describe.each([
  ['with recorded changes', true],
  ['judged by the clock (files before format 5)', false],
])('merge properties, %s', (_name, tracked) => {
  const base = baseCopy({ risks: 6, workedOut: 3, seed: 11, tracked });

  it('merge(A, A) = A', () => {
    fc.assert(
      fc.property(script, (steps) => {
        const a = edited(base, 1, steps);
        const out = mergeCopies(a, a, {}, AT);
        expect(out.open).toEqual([]);
        expect(content(out.doc)).toEqual(content(a.doc));
      }),
      RUNS,
    );
  });

  it('merge(base, X) = X and merge(X, base) = X', () => {
    fc.assert(
      fc.property(script, (steps) => {
        const x = edited(base, 2, steps);
        for (const out of [mergeCopies(base, x, {}, AT), mergeCopies(x, base, {}, AT)]) {
          expect(out.open).toEqual([]);
          expect(out.problems).toEqual([]);
          expect(content(out.doc)).toEqual(content(x.doc));
        }
      }),
      RUNS,
    );
  });

  it('is the same whichever copy is mine, with the conflict choices flipped, and always valid', () => {
    fc.assert(
      fc.property(script, script, fc.boolean(), (s1, s2, takeMine) => {
        const a = edited(base, 1, s1);
        const b = edited(base, 2, s2);
        const choices = allTo(mergeCopies(a, b, {}, AT).open, takeMine ? 'mine' : 'theirs');
        const ab = mergeCopies(a, b, choices, AT);
        const ba = mergeCopies(b, a, flip(choices), AT);
        expect(ab.open).toEqual([]);
        expect(ab.problems).toEqual([]);
        expect(content(ab.doc)).toEqual(content(ba.doc));
      }),
      RUNS,
    );
  });

  it('a change on one side only is always kept', () => {
    fc.assert(
      fc.property(script, script, (s1, s2) => {
        const a = edited(base, 1, s1);
        const b = edited(base, 2, s2);
        const out = mergeCopies(a, b, allTo(mergeCopies(a, b, {}, AT).open, 'mine'), AT);
        for (const t of TABLE_NAMES) {
          const rows = a.doc[t] as Record<string, object>;
          for (const [id, row] of Object.entries(rows)) {
            const before = (base.doc[t] as Record<string, object>)[id];
            const theirs = (b.doc[t] as Record<string, object>)[id];
            const untouchedByTheirs = before !== undefined && theirs !== undefined && JSON.stringify(theirs) === JSON.stringify(before);
            const changedByMine = before === undefined || JSON.stringify(before) !== JSON.stringify(row);
            // Changed by mine only (or added by mine): the merge holds mine's content.
            if (changedByMine && (untouchedByTheirs || before === undefined)) {
              const merged = (out.doc[t] as Record<string, object>)[id];
              if (merged === undefined) expect.fail(`${t}/${id} changed by mine only was dropped`);
              const { order: _o, updatedAt: _u, ...a1 } = row as Record<string, unknown>;
              const { order: _o2, updatedAt: _u2, ...m1 } = merged as Record<string, unknown>;
              expect(m1).toEqual(a1);
            }
          }
        }
      }),
      RUNS,
    );
  });
});
