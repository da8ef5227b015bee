/** The starting-content methods: the starter list, the template list, saving and deleting own templates. */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceResourcesDir } from '../../../src/main/content/resourcesDir.ts';
import { createCore, type Core } from '../../../src/main/core/createCore.ts';
import { createStorage } from '../../../src/main/storage/createStorage.ts';
import { createDispatch } from '../../../src/shared/api/dispatch.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { addRisk } from '../../../src/shared/model/ops/risks.ts';
import { applyTemplate } from '../../../src/shared/templates/applyTemplate.ts';
import { templateFromRisk } from '../../../src/shared/templates/fromRisk.ts';
import { useTempDirs } from '../../storage/tempDirs.ts';

const tempDir = useTempDirs();
let core: Core | null = null;
afterEach(() => {
  core?.shutdown();
  core = null;
});

function start(resourcesDir = sourceResourcesDir()) {
  const userTemplatesDir = join(tempDir(), 'templates');
  const storage = createStorage({ dataDir: tempDir(), appVersion: 'test' });
  core = createCore({ storage, host: 'cli', appVersion: 'test', formatVersion: 1, loadExample: async () => newProjectDoc({ title: 'x' }), content: { resourcesDir, userTemplatesDir } });
  return { dispatch: createDispatch(core.handlers), userTemplatesDir };
}

describe('starter.list and templates.*', () => {
  it('lists the starter risks and the bundled templates', async () => {
    const { dispatch } = start();
    const starter = await dispatch('starter.list', {});
    expect(starter).toMatchObject({ ok: true });
    const list = await dispatch('templates.list', {});
    if (!list.ok) throw new Error('list failed');
    const value = list.value as { bundled: { id: string }[]; own: unknown[] };
    expect(value.bundled.length).toBeGreaterThanOrEqual(10);
    expect(value.own).toEqual([]);
  });

  it('saves an own template beside the bundled ones, replaces it by id, deletes it', async () => {
    const { dispatch } = start();
    const doc = newProjectDoc({ title: 'T' });
    const riskId = addRisk(doc, { title: 'Inbraak' });
    const list = (await dispatch('templates.list', {})) as { ok: true; value: { bundled: Parameters<typeof applyTemplate>[2][] } };
    applyTemplate(doc, riskId, list.value.bundled.find((t) => t.id === 'woninginbraak')!);
    const own = templateFromRisk(doc, riskId, 'Inbraak Noord');
    expect(await dispatch('templates.save', { template: own })).toEqual({ ok: true, value: { id: 'eigen-inbraak-noord' } });
    expect(await dispatch('templates.save', { template: { ...own, title: { nl: 'Inbraak Noord 2', en: 'Inbraak Noord 2' } } })).toMatchObject({ ok: true });
    const after = (await dispatch('templates.list', {})) as { ok: true; value: { own: { id: string; title: { nl: string } }[] } };
    expect(after.value.own.map((t) => [t.id, t.title.nl])).toEqual([['eigen-inbraak-noord', 'Inbraak Noord 2']]);
    expect(await dispatch('templates.delete', { id: 'eigen-inbraak-noord' })).toEqual({ ok: true, value: { deleted: true } });
    expect(await dispatch('templates.delete', { id: 'eigen-inbraak-noord' })).toEqual({ ok: true, value: { deleted: false } });
  });

  it('refuses a template that is not consistent, or that takes a bundled id, with a Dutch reason', async () => {
    const { dispatch } = start();
    const list = (await dispatch('templates.list', {})) as { ok: true; value: { bundled: { id: string; causes: { measures: string[] }[] }[] } };
    const broken = structuredClone(list.value.bundled[0]!);
    broken.id = 'eigen-kapot';
    broken.causes[0]!.measures.push('onbekend');
    const r = await dispatch('templates.save', { template: broken });
    expect(r).toMatchObject({ ok: false, error: { code: 'template.invalid' } });
    expect(JSON.stringify(r)).toContain('onbekend');
    const taken = await dispatch('templates.save', { template: { ...list.value.bundled[0]! } });
    expect(taken).toMatchObject({ ok: false, error: { code: 'template.invalid' } });
  });

  it('skips a damaged own template file and reports it; a damaged bundled file is an error naming the file', async () => {
    const { dispatch, userTemplatesDir } = start();
    mkdirSync(userTemplatesDir, { recursive: true });
    writeFileSync(join(userTemplatesDir, 'kapot.json'), '{ "version": 1, ');
    const list = (await dispatch('templates.list', {})) as { ok: true; value: { own: unknown[]; problems: { file: string }[] } };
    expect(list.value.own).toEqual([]);
    expect(list.value.problems.map((p) => p.file)).toEqual(['kapot.json']);

    const resources = tempDir();
    cpSync(sourceResourcesDir(), resources, { recursive: true });
    writeFileSync(join(resources, 'starter', 'longlist.json'), '{"version": 1, "risks": [{"key": "x"}]}');
    core?.shutdown();
    const broken = start(resources);
    const r = await broken.dispatch('starter.list', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'content.invalid', params: { file: expect.stringContaining('longlist.json') } } });
    expect(JSON.stringify(r)).toContain('risks[0].theme');
  });
});
