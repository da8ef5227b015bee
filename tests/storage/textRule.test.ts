/**
 * The model's text rule and key refusal hold at every way into storage: an edit through the API,
 * a .vlinder file from someone else, a whole document built by an import. What the app then holds,
 * keeps in its working copy and saves is the cleaned text, never the raw one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/core/createCore.ts';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import { createDispatch } from '../../src/shared/api/dispatch.ts';
import { hasXmlInvalid } from '../../src/shared/model/xmlText.ts';
import { newProjectDoc } from '../../src/shared/model/newProject.ts';
import { applyImport } from '../../src/shared/register/applyImport.ts';
import { detectMapping } from '../../src/shared/register/columns.ts';
import { parseCsv } from '../../src/shared/register/csvParse.ts';
import { planImport } from '../../src/shared/register/planImport.ts';
import { toSheetTable } from '../../src/shared/register/sheetTable.ts';
import { damagedCopy, TEST_APP_VERSION, writeValidFile } from './fixtures.ts';
import { useTempDirs } from './tempDirs.ts';

const tempDir = useTempDirs();

function setup() {
  const storage = createStorage({ dataDir: tempDir(), appVersion: TEST_APP_VERSION });
  const dir = tempDir();
  return { storage, dir, valid: writeValidFile(storage, dir) };
}

/** Every text value in the saved file, raw from SQLite. */
function textsIn(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const out: string[] = [];
    for (const t of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]) {
      for (const row of db.prepare(`SELECT * FROM "${t}"`).raw(true).all() as unknown[][]) for (const v of row) if (typeof v === 'string') out.push(v);
    }
    return out;
  } finally {
    db.close();
  }
}

describe('the text rule at the ways into storage', () => {
  it('an edit through the API is stored, reopened and saved cleaned', async () => {
    const storage = createStorage({ dataDir: tempDir(), appVersion: TEST_APP_VERSION });
    const core = createCore({ storage, host: 'cli', appVersion: 'test', formatVersion: 1, loadExample: async () => newProjectDoc({ title: 'Voorbeeld' }) });
    try {
      const dispatch = createDispatch(core.handlers);
      const session = await core.handlers['project.create']({ title: 'Nieuw' });
      const project = { ...session.doc.project, title: 'Plak\u000bwerk \uFFFF' };
      expect(await dispatch('project.apply', { sessionId: session.sessionId, changes: [{ op: 'project', value: project }] })).toMatchObject({ ok: true });
      expect((await core.handlers['project.get']({ sessionId: session.sessionId })).doc.project.title).toBe('Plak\nwerk \uFFFD');
      const path = join(tempDir(), 'api.vlinder');
      await core.handlers['project.save']({ sessionId: session.sessionId, path });
      expect(textsIn(path).some(hasXmlInvalid)).toBe(false);
    } finally {
      core.shutdown();
    }
  });

  it('a file with raw and JSON-escaped characters opens cleaned, and its working copy and save are clean', () => {
    const { storage, dir, valid } = setup();
    const path = damagedCopy(valid, dir, 'tekens.vlinder', `
      UPDATE project SET title = 'Titel' || char(65535) || char(1);
      UPDATE risks SET goals = '["doel \\u0007 \\uffff \\ud800"]' WHERE id = (SELECT min(id) FROM risks);`);
    const wc = storage.open(path);
    expect(wc.doc().project.title).toBe('Titel\uFFFD\uFFFD');
    expect(Object.values(wc.doc().risks).some((r) => r.goals[0] === 'doel \uFFFD \uFFFD \uFFFD')).toBe(true);
    // One unrelated edit, so that closing keeps the working copy for recovery.
    wc.apply([{ op: 'project', value: { ...wc.doc().project, municipality: 'Andere gemeente' } }]);
    const opened = wc.doc();
    wc.close(false);
    // The working copy holds what the app showed: resuming it gives the same, cleaned document.
    const resumed = storage.resume(wc.id);
    expect(resumed.doc()).toEqual(opened);
    const out = join(dir, 'schoon.vlinder');
    resumed.save(out, { force: false, appVersion: TEST_APP_VERSION });
    resumed.close(true);
    expect(textsIn(out).some(hasXmlInvalid)).toBe(false);
    expect(readFileSync(out).includes(Buffer.from('\\u0007'))).toBe(false);
  });

  it('a working copy left by an older version with such text is stored cleaned when resumed', () => {
    const { storage } = setup();
    const wc = storage.create(newProjectDoc({ title: 'Oud' }));
    wc.apply([{ op: 'project', value: { ...wc.doc().project, municipality: 'Bewerkt' } }]);
    wc.close(false);
    const dbPath = join(storage.workingDir, `${wc.id}.sqlite`);
    const raw = new Database(dbPath);
    raw.exec("UPDATE project SET title = 'Oud' || char(65535)");
    raw.close();
    const resumed = storage.resume(wc.id);
    expect(resumed.doc().project.title).toBe('Oud\uFFFD');
    resumed.close(false);
    expect(textsIn(dbPath).some(hasXmlInvalid)).toBe(false);
  });

  it('a document built by a register import is stored cleaned', () => {
    const { storage, dir } = setup();
    const draft = newProjectDoc({ title: 'Import' });
    const table = toSheetTable(parseCsv('Code;Titel\nR01;Overlast\u0007 \uFFFE in het centrum\n'), draft.project.scales);
    const plan = planImport(draft, table, detectMapping(table.headers, draft.project.scales));
    expect(plan.errorCount).toBe(0);
    applyImport(draft, plan);
    const wc = storage.create(draft);
    expect(Object.values(wc.doc().risks).map((r) => r.title)).toEqual(['Overlast\uFFFD \uFFFD in het centrum']);
    const out = join(dir, 'import.vlinder');
    wc.save(out, { force: false, appVersion: TEST_APP_VERSION });
    wc.close(true);
    expect(textsIn(out).some(hasXmlInvalid)).toBe(false);
  });

  it('a file whose JSON holds a key that reaches a prototype is damaged, not silently kept', () => {
    const { storage, dir, valid } = setup();
    for (const key of ['__proto__', 'constructor']) {
      const path = damagedCopy(valid, dir, `sleutel-${key}.vlinder`, `UPDATE project SET scales = json_set(scales, '$.${key}', json('{"x":1}'))`);
      expect(() => storage.open(path), key).toThrow(expect.objectContaining({ code: 'file.damaged' }));
    }
  });
});
