/** What a copy records of an edit made outside a working copy (a CLI command): as the working copy would. */
import { describe, expect, it } from 'vitest';
import { recordChanges } from '../../../src/shared/merge/fieldChanges.ts';
import { removeRiskCause, updateCause } from '../../../src/shared/model/ops/causes.ts';
import { updateProject } from '../../../src/shared/model/ops/project.ts';
import { generateProject } from '../../builders/generateProject.ts';

const AT = '2026-12-03T12:00:00.000Z';

describe('recordChanges', () => {
  const before = generateProject({ risks: 3, workedOut: 2, seed: 4 });
  const line = Object.values(before.riskCauses)[0]!;
  const other = Object.values(before.causes).find((x) => x.id !== line.causeId)!;

  it('records each changed field of a kept row and of the project, and each deleted row, with the time', () => {
    const after = structuredClone(before);
    updateCause(after, other.id, { label: 'Nieuwe tekst' });
    updateProject(after, { author: 'Team Veiligheid' });
    removeRiskCause(after, line.id);
    const r = recordChanges(before, after, { deletions: [], fieldChanges: [] }, AT);
    expect(r.fieldChanges).toEqual(expect.arrayContaining([{ id: other.id, field: 'label', changedAt: AT }, { id: before.project.id, field: 'author', changedAt: AT }]));
    expect(r.fieldChanges.map((f) => f.field)).not.toContain('updatedAt');
    expect(r.deletions).toContainEqual({ id: line.id, kind: 'riskCauses', deletedAt: AT });
  });

  it('a row that comes back loses its deletion; a deleted row loses its field records', () => {
    const earlier = { deletions: [{ id: line.id, kind: 'riskCauses', deletedAt: AT }], fieldChanges: [{ id: other.id, field: 'label', changedAt: AT }] };
    const after = structuredClone(before);
    delete after.causes[other.id];
    const r = recordChanges(before, after, earlier, AT);
    expect(r.deletions.map((d) => d.id)).not.toContain(line.id);
    expect(r.deletions.map((d) => d.id)).toContain(other.id);
    expect(r.fieldChanges.filter((f) => f.id === other.id)).toEqual([]);
  });
});
