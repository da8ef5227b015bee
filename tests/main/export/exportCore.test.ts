import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/createCore.ts';
import { chromiumPrinter } from '../../../src/main/export/print/chromiumPrinter.ts';
import { runExport } from '../../../src/main/export/runExport.ts';
import { createStorage } from '../../../src/main/storage/createStorage.ts';
import { createDispatch } from '../../../src/shared/api/dispatch.ts';
import type { ExportJob, ExportKind } from '../../../src/shared/api/methods/export.ts';
import { useTempDirs } from '../../storage/tempDirs.ts';
import { reportFixture } from '../../shared/report/fixture.ts';
import { itWithTools } from '../../tools/externalTools.ts';
import { unzipDocx } from './inspect.ts';

const tempDir = useTempDirs();
let core: Core | null = null;
afterEach(() => {
  core?.shutdown();
  core = null;
});

async function start() {
  const storage = createStorage({ dataDir: tempDir(), appVersion: 'test' });
  core = createCore({ storage, host: 'cli', appVersion: 'test', formatVersion: 1, loadExample: async () => reportFixture().doc });
  const session = await core.handlers['project.openExample']({});
  return { core, sessionId: session.sessionId, dispatch: createDispatch(core.handlers) };
}

async function finish(core: Core, job: ExportJob): Promise<ExportJob> {
  const seen = new Set<string>();
  for (let i = 0; i < 600; i++) {
    const now = await core.handlers['export.status']({ jobId: job.jobId });
    seen.add(now.step);
    if (now.state !== 'running') return { ...now, step: [...seen].join(',') as ExportJob['step'] };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('export did not finish');
}

describe('export.scan', () => {
  it('lists personal data with its place, and only what a publication keeps', async () => {
    const { core, sessionId } = await start();
    const doc = core.sessions.get(sessionId).doc();
    const secret = Object.values(doc.causes).find((c) => c.label.startsWith('GEHEIM-OORZAAK'))!;
    const changed = { ...secret, description: 'BSN 111222333' };
    core.sessions.get(sessionId).apply([{ op: 'put', table: 'causes', value: changed }]);
    const full = await core.handlers['export.scan']({ sessionId, publication: undefined, omitInternal: undefined });
    expect(full.counts.high).toBe(1);
    expect(full.findings[0]).toMatchObject({ kind: 'bsn', match: '111222333', place: { table: 'causes', field: 'description', riskCode: 'R01' } });
    const pub = await core.handlers['export.scan']({ sessionId, publication: true, omitInternal: undefined });
    expect(pub.counts.high).toBe(0);
  });
});

describe('export.start', () => {
  it('writes the chosen documents into the folder, reports progress, and never overwrites an earlier export', async () => {
    const { core, sessionId } = await start();
    const folder = join(tempDir(), 'exports');
    const args = { sessionId, folder, kinds: ['ivrp', 'ivp', 'ivpPerPriority', 'svg', 'png'] as ExportKind[], publication: true, omitInternal: undefined, scale: 1 };
    const job = await core.handlers['export.start'](args);
    expect(job.state).toBe('running');
    const done = await finish(core, job);
    expect(done.state).toBe('done');
    expect(done.done).toBe(5);
    const names = done.files.map((f) => basename(f));
    expect(names.slice(0, 4)).toEqual([
      `IVRP Gemeente Teststad ${new Date().toISOString().slice(0, 4)} (publicatie).docx`,
      'IVP Gemeente Teststad uitwerking prioriteiten (publicatie).docx',
      'IVP prioriteit R01 Jeugdoverlast in Noord (publicatie).docx',
      'IVP prioriteit R02 Huiselijk geweld (publicatie).docx',
    ]);
    const diagrams = join(folder, 'Diagrammen (publicatie)');
    expect(readdirSync(diagrams).sort()).toEqual(['R01 Jeugdoverlast in Noord.png', 'R01 Jeugdoverlast in Noord.svg', 'R02 Huiselijk geweld.png', 'R02 Huiselijk geweld.svg', 'Risicomatrix.png', 'Risicomatrix.svg']);
    for (const f of done.files) expect(statSync(f).size).toBeGreaterThan(1000);
    const again = await finish(core, await core.handlers['export.start']({ ...args, kinds: ['ivrp'] }));
    expect(basename(again.files[0]!)).toMatch(/ \(publicatie\) \(2\)\.docx$/);
    const parts = await unzipDocx(readFileSync(done.files[0]!));
    expect(parts.document.includes('GEHEIM')).toBe(false);
  }, 120_000);

  it('refuses a relative folder and an empty choice, as data through the dispatcher', async () => {
    const { sessionId, dispatch } = await start();
    expect(await dispatch('export.start', { sessionId, folder: 'exports', kinds: ['ivrp'] })).toMatchObject({ ok: false, error: { code: 'badArgument' } });
    expect(await dispatch('export.start', { sessionId, folder: tempDir(), kinds: [] })).toMatchObject({ ok: false, error: { code: 'badArgument' } });
    expect(await dispatch('export.start', { sessionId, folder: tempDir(), kinds: ['xlsx'] })).toMatchObject({ ok: false, error: { code: 'badArgument' } });
    expect(await dispatch('export.status', { jobId: 'nope' })).toMatchObject({ ok: false, error: { code: 'notFound' } });
  });

  it('reports a failure with its reason, e.g. when the folder cannot be written', async () => {
    const { core, sessionId } = await start();
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'x');
    const done = await finish(core, await core.handlers['export.start']({ sessionId, folder: join(file, 'sub'), kinds: ['ivrp'], publication: undefined, omitInternal: undefined, scale: undefined }));
    expect(done.state).toBe('failed');
    expect(done.error?.code).toBeTruthy();
  }, 60_000);

  itWithTools(['chromium'], 'writes the PDF with the printer the host provides', async () => {
    const { core, sessionId } = await start();
    const folder = tempDir();
    const done = await finish(core, await core.handlers['export.start']({ sessionId, folder, kinds: ['pdf'], publication: undefined, omitInternal: undefined, scale: undefined }));
    expect(done.state).toBe('done');
    expect(done.files[0]).toMatch(/\.pdf$/);
    expect(existsSync(done.files[0]!)).toBe(true);
  }, 120_000);
});

describe('progress within an export step', () => {
  itWithTools(['chromium'], 'tells how far the PDF and the Word report are, from the figures to the page numbers', async () => {
    const seen: { step: string; fraction: number }[] = [];
    const folder = tempDir();
    const { files } = await runExport(
      reportFixture().doc,
      { outputs: (['ivrp', 'pdf'] as const).map((kind) => ({ kind, to: { folder } })), publication: false, omitInternal: false, scale: 1 },
      { printer: () => chromiumPrinter(), onProgress: (step, fraction) => seen.push({ step, fraction }) },
    );
    expect(files).toHaveLength(2);
    for (const step of ['ivrp', 'pdf']) {
      const fractions = seen.filter((s) => s.step === step).map((s) => s.fraction);
      expect(fractions.length, step).toBeGreaterThan(2);
      expect(fractions, step).toEqual([...fractions].sort((a, b) => a - b));
      expect(Math.min(...fractions)).toBeGreaterThan(0);
      expect(Math.max(...fractions)).toBeLessThan(1);
    }
  }, 120_000);
});

describe('export.diagram and export.defaultFolder', () => {
  it('gives one bow-tie as SVG and PNG for the clipboard', async () => {
    const { core, sessionId } = await start();
    const risk = Object.values(core.sessions.get(sessionId).doc().risks).find((r) => r.code === 'R01')!;
    const img = await core.handlers['export.diagram']({ sessionId, riskId: risk.id, scale: 1, publication: undefined, omitInternal: undefined });
    expect(img.name).toBe('R01 Jeugdoverlast in Noord');
    expect(img.svg.startsWith('<svg')).toBe(true);
    expect(Buffer.from(img.pngBase64, 'base64').subarray(1, 4).toString()).toBe('PNG');
    const pub = await core.handlers['export.diagram']({ sessionId, riskId: risk.id, scale: 1, publication: true, omitInternal: undefined });
    expect(pub.svg).not.toContain('GEHEIM');
    expect(img.svg).toContain('GEHEIM');
    const matrix = await core.handlers['export.diagram']({ sessionId, riskId: undefined, scale: undefined, publication: undefined, omitInternal: undefined });
    expect(matrix.name).toBe('Risicomatrix');
  });

  it('proposes the folder of the project file, else the documents folder', async () => {
    const { core, sessionId } = await start();
    expect((await core.handlers['export.defaultFolder']({ sessionId })).folder).toBeTruthy();
    const path = join(tempDir(), 'p.vlinder');
    await core.handlers['project.save']({ sessionId, path, force: undefined });
    expect((await core.handlers['export.defaultFolder']({ sessionId })).folder).toBe(join(path, '..'));
  });
});
