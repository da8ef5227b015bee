import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/createCore.ts';
import { createStorage } from '../../../src/main/storage/createStorage.ts';
import { changesBetween } from '../../../src/shared/merge/changesBetween.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { updateCause } from '../../../src/shared/model/ops/causes.ts';
import { deleteMeasure, updateMeasure } from '../../../src/shared/model/ops/measures.ts';
import { addRisk, updateRisk } from '../../../src/shared/model/ops/risks.ts';
import { generateProject } from '../../builders/generateProject.ts';
import { useTempDirs } from '../../storage/tempDirs.ts';

const tempDir = useTempDirs();
let core: Core | null = null;
afterEach(() => {
  core?.shutdown();
  core = null;
});

function start(userName: string) {
  const data = tempDir();
  const storage = createStorage({ dataDir: data, appVersion: 'test' });
  core = createCore({ storage, host: 'web', appVersion: 'test', formatVersion: 5, userName, loadExample: async () => newProjectDoc({ title: 'Voorbeeld' }) });
  return core;
}

async function edit(c: Core, sessionId: string, fn: (d: ProjectDoc) => void) {
  const before = (await c.handlers['project.get']({ sessionId })).doc;
  const after = structuredClone(before);
  fn(after);
  await c.handlers['project.apply']({ sessionId, changes: changesBetween(before, after) });
}

describe('merge.* in the core, on real files', () => {
  it('compares with another copy, prepares the merge with a choice, adopts its lineage, and the save has both parents', async () => {
    const dir = tempDir();
    const doc = generateProject({ risks: 5, workedOut: 2, seed: 5 });
    const measure = Object.values(doc.measures).find((m) => m.status !== 'missing')!;
    const cause = Object.values(doc.causes)[0]!;
    const risk = Object.values(doc.risks)[0]!;
    const c = start('Karel');
    const base = join(dir, 'base.vlinder');
    const s0 = await c.handlers['project.create']({ title: 'x' });
    await c.handlers['project.close']({ sessionId: s0.sessionId, discard: true });
    const storage = createStorage({ dataDir: tempDir(), appVersion: 'test' });
    const wc = storage.create(doc);
    wc.save(base, { force: false, appVersion: 'test' });
    wc.close(true);
    // Theirs: a colleague renames a cause, retitles a risk and deletes a measure.
    const theirs = await c.handlers['project.open']({ path: base });
    await edit(c, theirs.sessionId, (d) => {
      updateCause(d, cause.id, { label: 'Hun tekst' });
      updateRisk(d, risk.id, { title: 'Hun titel' });
      deleteMeasure(d, measure.id);
      addRisk(d, { title: 'Drugsoverlast in het park' });
    });
    const theirsPath = join(dir, 'theirs.vlinder');
    await c.handlers['project.save']({ sessionId: theirs.sessionId, path: theirsPath });
    await c.handlers['project.close']({ sessionId: theirs.sessionId });
    // Mine: the same cause renamed differently, the deleted measure edited, another field of the retitled risk.
    const mine = await c.handlers['project.open']({ path: base });
    await edit(c, mine.sessionId, (d) => {
      updateCause(d, cause.id, { label: 'Mijn tekst' });
      updateMeasure(d, measure.id, { status: 'missing' });
      updateRisk(d, risk.id, { description: 'Mijn beschrijving' });
    });
    const cmp = await c.handlers['merge.compare']({ sessionId: mine.sessionId, path: theirsPath });
    expect(cmp.theirs.lastSave?.savedBy).toBe('Karel');
    // The working copy's records say who changed which field: the risk's title and description are no conflict.
    expect(cmp.comparison.conflicts.map((x) => x.kind).sort()).toEqual(['editDelete', 'field']);
    expect(cmp.theirRisks.map((r) => r.title)).toEqual(['Drugsoverlast in het park']);
    const open = await c.handlers['merge.prepare']({ sessionId: mine.sessionId, path: theirsPath, choices: {} });
    expect(open.open).toHaveLength(2);
    const choices = Object.fromEntries(open.open.map((x) => [x.key, x.kind === 'field' ? 'theirs' : 'mine'] as const));
    const ready = await c.handlers['merge.prepare']({ sessionId: mine.sessionId, path: theirsPath, choices });
    expect(ready.open).toEqual([]);
    expect(ready.doc.causes[cause.id]!.label).toBe('Hun tekst');
    expect(ready.doc.measures[measure.id]!.status).toBe('missing');
    expect(ready.doc.risks[risk.id]).toMatchObject({ title: 'Hun titel', description: 'Mijn beschrijving' });
    const current = (await c.handlers['project.get']({ sessionId: mine.sessionId })).doc;
    await c.handlers['project.apply']({ sessionId: mine.sessionId, changes: changesBetween(current, ready.doc) });
    await c.handlers['merge.adopt']({ sessionId: mine.sessionId, lineage: ready.lineage });
    const out = join(dir, 'merged.vlinder');
    await c.handlers['project.save']({ sessionId: mine.sessionId, path: out });
    const db = new Database(out, { readonly: true });
    const last = db.prepare('SELECT lower(hex(merge_parent_id)) AS p, saved_by AS by FROM save_history ORDER BY saved_at DESC LIMIT 1').get() as { p: string; by: string };
    const theirsLast = (db.prepare('SELECT count(*) FROM save_history').pluck().get() as number);
    db.close();
    expect(last.p).toBe(ready.lineage.mergeParentId!.replace(/-/g, ''));
    expect(last.by).toBe('Karel');
    expect(theirsLast).toBe(3);
    // The merged file compared with theirs: only mine's side of the work is left to tell.
    const again = await c.handlers['merge.compare']({ sessionId: mine.sessionId, path: theirsPath });
    expect(again.comparison.conflicts).toEqual([]);
    expect(again.comparison.parting.save?.id).toBe(ready.lineage.mergeParentId);
  });

  it('refuses a file of another project and changes nothing', async () => {
    const dir = tempDir();
    const c = start('');
    const a = await c.handlers['project.create']({ title: 'A' });
    const other = await c.handlers['project.create']({ title: 'B' });
    const bPath = join(dir, 'b.vlinder');
    await c.handlers['project.save']({ sessionId: other.sessionId, path: bPath });
    const bytes = readFileSync(bPath);
    await expect(c.handlers['merge.compare']({ sessionId: a.sessionId, path: bPath })).rejects.toMatchObject({ code: 'merge.otherDocument' });
    await expect(c.handlers['merge.prepare']({ sessionId: a.sessionId, path: bPath, choices: {} })).rejects.toMatchObject({ code: 'merge.otherDocument' });
    expect(readFileSync(bPath).equals(bytes)).toBe(true);
    expect((await c.handlers['project.get']({ sessionId: a.sessionId })).revision).toBe(0);
  });
});
