import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors.ts';
import { compareCopies } from '../../../src/shared/merge/compare.ts';
import { mergeCopies } from '../../../src/shared/merge/mergeCopies.ts';
import type { Choices } from '../../../src/shared/merge/types.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { validateDoc } from '../../../src/shared/model/integrity.ts';
import { addCause, updateCause } from '../../../src/shared/model/ops/causes.ts';
import { deleteMeasure, movePlacement, updateMeasure } from '../../../src/shared/model/ops/measures.ts';
import { updateProject } from '../../../src/shared/model/ops/project.ts';
import { deleteRisk, updateRisk } from '../../../src/shared/model/ops/risks.ts';
import { setScore } from '../../../src/shared/model/ops/scores.ts';
import { baseCopy, editedCopy } from './copies.ts';

const AT = '2026-12-01T12:00:00.000Z';
const first = <T>(rows: Record<string, T>) => Object.values(rows)[0]!;
const risksWithBowtie = (doc: ProjectDoc) => [...new Set(Object.values(doc.placements).map((p) => p.riskId))];

describe('comparing two copies of one project', () => {
  it('lists one-sided changes with their side, old and new value, grouped by risk', () => {
    const base = baseCopy();
    const cause = first(base.doc.causes);
    const risk = risksWithBowtie(base.doc)[0]!;
    const mine = editedCopy(base, 1, (d) => updateCause(d, cause.id, { label: 'Slecht verlichte fietsenstalling' }));
    const theirs = editedCopy(base, 2, (d) => addCause(d, risk, { label: 'Geen toezicht in de avond' }));
    const cmp = compareCopies(mine, theirs);
    expect(cmp.parting.save?.id).toBe(base.history[0]!.id);
    expect(cmp.conflicts).toEqual([]);
    const changed = cmp.diffs.find((d) => d.table === 'causes' && d.id === cause.id)!;
    expect(changed).toMatchObject({ kind: 'changed', by: 'mine', label: 'Slecht verlichte fietsenstalling' });
    expect(changed.fields).toEqual([{ field: 'label', by: 'mine', mine: 'Slecht verlichte fietsenstalling', theirs: cause.label }]);
    const added = cmp.diffs.filter((d) => d.kind === 'added' && d.by === 'theirs');
    expect(added.map((d) => d.table).sort()).toEqual(['causes', 'riskCauses']);
    expect(added.every((d) => d.riskId === risk)).toBe(true);
  });

  it('refuses two different projects with the otherDocument message', () => {
    const a = baseCopy({ seed: 1 });
    const b = baseCopy({ seed: 2 });
    expect(() => compareCopies(a, b)).toThrow(ApiError);
    try {
      compareCopies(a, b);
    } catch (e) {
      expect((e as ApiError).code).toBe('merge.otherDocument');
    }
  });

  it('a measure moved to another path is a move', () => {
    const base = baseCopy();
    const p = first(base.doc.placements);
    const other = Object.values(base.doc.riskCauses).find((l) => l.riskId === p.riskId && l.id !== p.pathId)!;
    const mine = editedCopy(base, 1, (d) => movePlacement(d, p.id, 0, { pathKind: 'cause', pathId: other.id }));
    const cmp = compareCopies(mine, base);
    const moved = cmp.diffs.find((d) => d.id === p.id)!;
    expect(moved.kind).toBe('moved');
    expect(moved.fields.map((f) => f.field)).toContain('pathId');
  });
});

describe('merging two copies', () => {
  it('takes every one-sided change from both sides, and the history holds both lineages', () => {
    const base = baseCopy();
    const measure = first(base.doc.measures);
    const risk = risksWithBowtie(base.doc)[0]!;
    const mine = editedCopy(base, 1, (d) => {
      updateMeasure(d, measure.id, { status: 'planned' });
      updateProject(d, { title: 'IVRP 2027' });
    });
    const theirs = editedCopy(base, 2, (d) => {
      addCause(d, risk, { label: 'Donkere achterpaden' });
      setScore(d, risk, 'likelihood', 4);
      updateProject(d, { period: '2027–2030' });
    });
    const out = mergeCopies(mine, theirs, {}, AT);
    expect(out.open).toEqual([]);
    expect(out.problems).toEqual([]);
    expect(out.doc.measures[measure.id]!.status).toBe('planned');
    expect(Object.values(out.doc.causes).map((c) => c.label)).toContain('Donkere achterpaden');
    expect(Object.values(out.doc.scores).find((s) => s.riskId === risk && s.criterion === 'likelihood' && s.session === '')!.value).toBe(4);
    expect(out.doc.project.title).toBe('IVRP 2027');
    expect(out.doc.project.period).toBe('2027–2030');
    expect(out.history.map((h) => h.id).sort()).toEqual([...new Set([...mine.history, ...theirs.history].map((h) => h.id))].sort());
    expect(out.parents).toEqual({ mine: mine.history.at(-1)!.id, theirs: theirs.history.at(-1)!.id });
  });

  it('asks about the same field changed on both sides, and takes the choice', () => {
    const base = baseCopy();
    const cause = first(base.doc.causes);
    const mine = editedCopy(base, 1, (d) => updateCause(d, cause.id, { label: 'Mijn tekst' }));
    const theirs = editedCopy(base, 2, (d) => updateCause(d, cause.id, { label: 'Hun tekst' }));
    const open = mergeCopies(mine, theirs, {}, AT);
    expect(open.open).toHaveLength(1);
    expect(open.open[0]).toMatchObject({ kind: 'field', table: 'causes', id: cause.id, field: 'label', mine: 'Mijn tekst', theirs: 'Hun tekst' });
    const chosen = mergeCopies(mine, theirs, { [open.open[0]!.key]: 'theirs' }, AT);
    expect(chosen.open).toEqual([]);
    expect(chosen.doc.causes[cause.id]!.label).toBe('Hun tekst');
  });

  it('an edit on one side and a delete on the other is a conflict; keeping the edit brings the bow-tie back', () => {
    const base = baseCopy();
    const risk = risksWithBowtie(base.doc)[0]!;
    const lines = Object.values(base.doc.riskCauses).filter((l) => l.riskId === risk).length;
    const mine = editedCopy(base, 1, (d) => updateRisk(d, risk, { title: 'Woninginbraak (herzien)' }));
    const theirs = editedCopy(base, 2, (d) => deleteRisk(d, risk));
    const cmp = compareCopies(mine, theirs);
    const conflict = cmp.conflicts.find((c) => c.id === risk)!;
    expect(conflict).toMatchObject({ kind: 'editDelete', deletedBy: 'theirs' });
    const keep = mergeCopies(mine, theirs, { [conflict.key]: 'mine' }, AT);
    expect(keep.open).toEqual([]);
    expect(keep.doc.risks[risk]!.title).toBe('Woninginbraak (herzien)');
    expect(Object.values(keep.doc.riskCauses).filter((l) => l.riskId === risk)).toHaveLength(lines);
    expect(keep.problems).toEqual([]);
    const drop = mergeCopies(mine, theirs, { [conflict.key]: 'theirs' }, AT);
    expect(drop.doc.risks[risk]).toBeUndefined();
    expect(Object.values(drop.doc.placements).some((p) => p.riskId === risk)).toBe(false);
    expect(drop.problems).toEqual([]);
  });

  it('work added under something the other side deleted is not dropped unasked', () => {
    const base = baseCopy();
    const risk = risksWithBowtie(base.doc)[0]!;
    const mine = editedCopy(base, 1, (d) => addCause(d, risk, { label: 'Nieuwe oorzaak uit de werksessie' }));
    const theirs = editedCopy(base, 2, (d) => deleteRisk(d, risk));
    const out = mergeCopies(mine, theirs, {}, AT);
    expect(out.open.map((c) => [c.table, c.id, c.kind])).toContainEqual(['risks', risk, 'editDelete']);
  });

  it('a deletion on one side of something the other left alone is taken', () => {
    const base = baseCopy();
    const measure = first(base.doc.measures);
    const mine = editedCopy(base, 1, (d) => deleteMeasure(d, measure.id));
    const out = mergeCopies(mine, base, {}, AT);
    expect(out.open).toEqual([]);
    expect(out.doc.measures[measure.id]).toBeUndefined();
    expect(Object.values(out.doc.placements).some((p) => p.measureId === measure.id)).toBe(false);
  });

  it('two scores of one risk and criterion added on both sides meet as one field conflict', () => {
    const base = baseCopy();
    const risk = Object.keys(base.doc.risks)[0]!;
    const mine = editedCopy(base, 1, (d) => setScore(d, risk, 'likelihood', 2, 'Werksessie december'));
    const theirs = editedCopy(base, 2, (d) => setScore(d, risk, 'likelihood', 3, 'Werksessie december'));
    const out = mergeCopies(mine, theirs, {}, AT);
    expect(out.open).toHaveLength(1);
    expect(out.open[0]).toMatchObject({ table: 'scores', field: 'value', mine: 2, theirs: 3 });
    const chosen = mergeCopies(mine, theirs, Object.fromEntries(out.open.map((c) => [c.key, 'mine'])) as Choices, AT);
    expect(chosen.problems).toEqual([]);
    expect(Object.values(chosen.doc.scores).filter((s) => s.riskId === risk && s.session === 'Werksessie december')).toHaveLength(1);
  });

  it('every merged document passes the whole-document check', () => {
    const base = baseCopy({ risks: 12, workedOut: 5 });
    const [r1, r2] = risksWithBowtie(base.doc);
    const mine = editedCopy(base, 1, (d) => {
      addCause(d, r1!, { label: 'Mijn oorzaak' });
      deleteRisk(d, r2!);
    });
    const theirs = editedCopy(base, 2, (d) => addCause(d, r1!, { label: 'Hun oorzaak' }));
    const out = mergeCopies(mine, theirs, {}, AT);
    expect(validateDoc(out.doc)).toEqual([]);
    const labels = Object.values(out.doc.riskCauses).filter((l) => l.riskId === r1).map((l) => out.doc.causes[l.causeId]!.label);
    expect(labels).toEqual(expect.arrayContaining(['Mijn oorzaak', 'Hun oorzaak']));
  });
});
