import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStorage, type VlinderStorage } from '../../src/main/storage/createStorage.ts';
import type { ProjectDoc } from '../../src/shared/model/doc.ts';
import { newProjectDoc } from '../../src/shared/model/newProject.ts';
import { addCause, removeRiskCause, updateCause } from '../../src/shared/model/ops/causes.ts';
import { updateMeasure } from '../../src/shared/model/ops/measures.ts';
import { updateProject } from '../../src/shared/model/ops/project.ts';
import { addRisk, updateRisk } from '../../src/shared/model/ops/risks.ts';
import { editAndSave } from '../builders/editAndSave.ts';
import { generateProject } from '../builders/generateProject.ts';
import { useTempDirs } from '../storage/tempDirs.ts';
import { runCaptured } from './runCaptured.ts';

const tempDir = useTempDirs();

/** Edits `from` as the app would and saves it as `to` (theirs by Mirjam, the rest by Karel). */
function editFile(storage: VlinderStorage, from: string, to: string, edit: (doc: ProjectDoc) => void): void {
  editAndSave(storage, from, to, edit, { appVersion: 'test', savedBy: to.endsWith('theirs.vlinder') ? 'Mirjam' : 'Karel' });
}

function copies() {
  const dir = tempDir();
  const storage = createStorage({ dataDir: join(dir, 'data'), appVersion: 'test' });
  const doc = generateProject({ risks: 6, workedOut: 2, seed: 3 });
  const base = join(dir, 'base.vlinder');
  const wc = storage.create(doc);
  wc.save(base, { force: false, appVersion: 'test' });
  wc.close(true);
  const risk = Object.values(doc.risks).sort((a, b) => a.order - b.order)[0]!;
  const cause = Object.values(doc.causes)[0]!;
  return { dir, storage, base, risk, cause, mine: join(dir, 'mine.vlinder'), theirs: join(dir, 'theirs.vlinder'), out: join(dir, 'out.vlinder') };
}

function readBack(storage: VlinderStorage, path: string) {
  const wc = storage.open(path);
  const doc = wc.doc();
  const history = [...wc.saveHistory()];
  wc.close(true);
  return { doc, history };
}

describe('vlinder diff and vlinder merge', () => {
  it('diff lists both sides’ changes grouped by risk, with who saved them; --json has the same', async () => {
    const c = copies();
    editFile(c.storage, c.base, c.mine, (d) => updateRisk(d, c.risk.id, { title: 'Woninginbraak in de wijk' }));
    editFile(c.storage, c.base, c.theirs, (d) => addCause(d, c.risk.id, { label: 'Geen buurtpreventie' }));
    const text = await runCaptured(['diff', c.mine, c.theirs]);
    expect(text.code).toBe(0);
    expect(text.out).toContain('door Mirjam');
    expect(text.out).toContain(`Risico ${c.risk.code} Woninginbraak in de wijk`);
    expect(text.out).toMatch(/gewijzigd in mijn versie: risico .*\n\s+titel: mijn versie “Woninginbraak in de wijk” · de andere versie “/);
    expect(text.out).toContain('toegevoegd in de andere versie: oorzaak “Geen buurtpreventie”');
    // The line of the new cause in the bow-tie is folded into the cause's entry.
    expect(text.out).not.toContain('oorzaak van een risico');
    const json = await runCaptured(['diff', c.mine, c.theirs, '--json']);
    const parsed = JSON.parse(json.out) as { diffs: { table: string; by: string; kind: string }[]; conflicts: unknown[]; theirs: { lastSave: { savedBy: string } } };
    expect(parsed.conflicts).toEqual([]);
    expect(parsed.theirs.lastSave.savedBy).toBe('Mirjam');
    expect(parsed.diffs).toEqual(expect.arrayContaining([expect.objectContaining({ table: 'risks', by: 'mine', kind: 'changed' }), expect.objectContaining({ table: 'causes', by: 'theirs', kind: 'added' })]));
  });

  it('merge without conflicts writes OUT with both sets of work and a save with both parents', async () => {
    const c = copies();
    editFile(c.storage, c.base, c.mine, (d) => {
      updateRisk(d, c.risk.id, { title: 'Woninginbraak in de wijk' });
      updateProject(d, { period: '2027–2030' });
    });
    editFile(c.storage, c.base, c.theirs, (d) => {
      addCause(d, c.risk.id, { label: 'Geen buurtpreventie' });
      addRisk(d, { title: 'Drugsoverlast' });
    });
    const r = await runCaptured(['merge', c.mine, c.theirs, '--out', c.out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Samengevoegd naar .*out\.vlinder: \d+ wijzigingen uit mijn versie, \d+ uit de andere versie, 0 conflicten\./);
    const merged = readBack(c.storage, c.out);
    expect(merged.doc.risks[c.risk.id]!.title).toBe('Woninginbraak in de wijk');
    expect(merged.doc.project.period).toBe('2027–2030');
    expect(Object.values(merged.doc.causes).map((x) => x.label)).toContain('Geen buurtpreventie');
    expect(Object.values(merged.doc.risks).map((x) => x.title)).toContain('Drugsoverlast');
    const mineLast = readBack(c.storage, c.mine).history.at(-1)!;
    const theirsLast = readBack(c.storage, c.theirs).history.at(-1)!;
    const last = merged.history.at(-1)!;
    expect(last.parentId).toBe(mineLast.id);
    expect(last.mergeParentId).toBe(theirsLast.id);
    expect(merged.history.map((h) => h.id)).toEqual(expect.arrayContaining([mineLast.id, theirsLast.id]));
    const db = new Database(c.out, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM save_history WHERE merge_parent_id IS NOT NULL').pluck().get()).toBe(1);
    db.close();
  });

  it('two colleagues editing different fields of one measure and of the project is no conflict: both edits land', async () => {
    const c = copies();
    const measure = Object.values(readBack(c.storage, c.base).doc.measures)[0]!;
    editFile(c.storage, c.base, c.mine, (d) => {
      updateMeasure(d, measure.id, { status: 'planned' });
      updateProject(d, { author: 'Team Veiligheid' });
    });
    editFile(c.storage, c.base, c.theirs, (d) => {
      updateMeasure(d, measure.id, { effectiveness: 'good', label: 'Cameratoezicht op het plein' });
      updateProject(d, { period: '2027–2031' });
    });
    const diff = await runCaptured(['diff', c.mine, c.theirs, '--json']);
    const parsed = JSON.parse(diff.out) as { diffs: { id: string; by: string; fields: { field: string; by: string }[] }[]; conflicts: unknown[] };
    expect(parsed.conflicts).toEqual([]);
    const m = parsed.diffs.find((x) => x.id === measure.id)!;
    expect(m.by).toBe('both');
    expect(Object.fromEntries(m.fields.map((f) => [f.field, f.by]))).toEqual({ status: 'mine', effectiveness: 'theirs', label: 'theirs' });
    const r = await runCaptured(['merge', c.mine, c.theirs, '--out', c.out]);
    expect(r.code).toBe(0);
    const merged = readBack(c.storage, c.out).doc;
    expect(merged.measures[measure.id]).toMatchObject({ status: 'planned', effectiveness: 'good', label: 'Cameratoezicht op het plein' });
    expect(merged.project).toMatchObject({ author: 'Team Veiligheid', period: '2027–2031' });
  });

  it('a copy converted to .json and back keeps what it deleted, so the deletion is not undone by the merge', async () => {
    const c = copies();
    const line = Object.values(readBack(c.storage, c.base).doc.riskCauses)[0]!;
    editFile(c.storage, c.base, c.mine, (d) => removeRiskCause(d, line.id));
    editFile(c.storage, c.base, c.theirs, (d) => updateProject(d, { author: 'Team Veiligheid' }));
    const json = join(c.dir, 'mine.json');
    const back = join(c.dir, 'mine-terug.vlinder');
    expect((await runCaptured(['convert', c.mine, json])).code).toBe(0);
    expect((JSON.parse(readFileSync(json, 'utf8')) as { deletions: { id: string }[] }).deletions.map((d) => d.id)).toContain(line.id);
    expect((await runCaptured(['convert', json, back])).code).toBe(0);
    const diff = JSON.parse((await runCaptured(['diff', back, c.theirs, '--json'])).out) as { diffs: { id: string; kind: string; by: string }[] };
    expect(diff.diffs.find((d) => d.id === line.id)).toMatchObject({ kind: 'removed', by: 'mine' });
    expect((await runCaptured(['merge', back, c.theirs, '--out', c.out])).code).toBe(0);
    const merged = readBack(c.storage, c.out).doc;
    expect(merged.riskCauses[line.id]).toBeUndefined();
    expect(merged.project.author).toBe('Team Veiligheid');
  });

  it('with conflicts and no --take it lists them, writes nothing and exits 3; --take decides them all', async () => {
    const c = copies();
    editFile(c.storage, c.base, c.mine, (d) => updateCause(d, c.cause.id, { label: 'Mijn formulering' }));
    editFile(c.storage, c.base, c.theirs, (d) => updateCause(d, c.cause.id, { label: 'Hun formulering' }));
    const r = await runCaptured(['merge', c.mine, c.theirs, '--out', c.out]);
    expect(r.code).toBe(3);
    expect(r.err).toContain('1 conflicten moeten eerst worden beslist');
    expect(r.err).toContain('tekst: mijn versie “Mijn formulering”, de andere versie “Hun formulering”');
    expect(existsSync(c.out)).toBe(false);
    const j = await runCaptured(['merge', c.mine, c.theirs, '--out', c.out, '--json']);
    expect(j.code).toBe(3);
    expect((JSON.parse(j.out) as { written: boolean; conflicts: unknown[] }).conflicts).toHaveLength(1);
    expect(existsSync(c.out)).toBe(false);
    const t = await runCaptured(['merge', c.mine, c.theirs, '--out', c.out, '--take', 'theirs']);
    expect(t.code).toBe(0);
    expect(readBack(c.storage, c.out).doc.causes[c.cause.id]!.label).toBe('Hun formulering');
  });

  it('refuses two different projects, a damaged file and a newer file with a Dutch message, and modifies nothing', async () => {
    const c = copies();
    const other = join(c.dir, 'other.vlinder');
    const wc = c.storage.create(newProjectDoc({ title: 'Ander project' }));
    wc.save(other, { force: false, appVersion: 'test' });
    wc.close(true);
    const before = readFileSync(c.base);
    const r = await runCaptured(['merge', c.base, other, '--out', c.out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('geen kopieën van hetzelfde project');
    expect(r.err).toContain('importeer ze');
    const d = await runCaptured(['diff', c.base, other]);
    expect(d.code).toBe(1);
    const damaged = join(c.dir, 'damaged.vlinder');
    writeFileSync(damaged, readFileSync(c.base).subarray(0, 3000));
    expect((await runCaptured(['merge', c.base, damaged, '--out', c.out])).err).toMatch(/beschadigd|geen SQLite/);
    const newer = join(c.dir, 'newer.vlinder');
    copyFileSync(c.base, newer);
    const db = new Database(newer);
    db.pragma('user_version = 99');
    db.close();
    expect((await runCaptured(['diff', c.base, newer])).err).toContain('nieuwere versie van Vlinder');
    expect(existsSync(c.out)).toBe(false);
    expect(readFileSync(c.base).equals(before)).toBe(true);
  });

  it('usage errors exit 2', async () => {
    const c = copies();
    expect((await runCaptured(['merge', c.base, c.base])).code).toBe(2);
    expect((await runCaptured(['merge', c.base, c.base, '--out', c.out, '--take', 'beide'])).code).toBe(2);
    expect((await runCaptured(['diff', c.base])).code).toBe(2);
  });
});
