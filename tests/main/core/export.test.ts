/**
 * The export handlers on a project opened from a real .vlinder file: the dialog's scan shows every
 * finding (possible names too) of exactly what a variant exports, and a job writes through the
 * one export path — filtered, named from the project, never overwriting.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/createCore.ts';
import type { ApiError } from '../../../src/shared/api/errors.ts';
import type { ExportJob, ExportKind } from '../../../src/shared/api/methods/export.ts';
import { t } from '../../../src/shared/i18n/t.ts';
import { reportFixture } from '../../shared/report/fixture.ts';
import { docxText, unzipDocx } from '../export/inspect.ts';
import { useCoreOnFile } from './coreOnFile.ts';

const { open, tempDir } = useCoreOnFile();

async function finish(core: Core, job: ExportJob): Promise<ExportJob> {
  for (let i = 0; i < 600; i++) {
    const now = await core.handlers['export.status']({ jobId: job.jobId });
    if (now.state !== 'running') return now;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('export did not finish');
}

function project() {
  const { doc, ids } = reportFixture();
  const phones = Array.from({ length: 23 }, (_, i) => `06-123456${String(i).padStart(2, '0')}`).join(', ');
  doc.risks[ids['r2']!] = { ...doc.risks[ids['r2']!]!, evidence: `Bel ${phones}. Gesprek met Pieter Jansen over de buurt.` };
  doc.risks[ids['r3']!] = { ...doc.risks[ids['r3']!]!, description: 'BSN 111222333' };
  return doc;
}

describe('export.scan', () => {
  it('lists every finding, possible names included, and for a publication only what stays in', async () => {
    const { core, sessionId } = await open(project());
    const full = await core.handlers['export.scan']({ sessionId, publication: undefined, omitInternal: undefined });
    expect(full.counts).toMatchObject({ high: 24, low: 1 });
    expect(full.findings.find((f) => f.confidence === 'low')).toMatchObject({ kind: 'name', match: 'Pieter Jansen' });
    const pub = await core.handlers['export.scan']({ sessionId, publication: true, omitInternal: undefined });
    expect(pub.counts).toMatchObject({ high: 23, low: 1 });
    expect(pub.findings.some((f) => f.kind === 'bsn')).toBe(false);
  });
});

describe('export.start', () => {
  it('writes a publication filtered and named from the project, into the folder, never overwriting', async () => {
    const { core, sessionId } = await open(project());
    const folder = join(tempDir(), 'uit');
    const args = { sessionId, folder, kinds: ['ivrp' as const, 'svg' as const], publication: true, omitInternal: true, scale: undefined, evidence: undefined };
    const done = await finish(core, await core.handlers['export.start'](args));
    expect(done).toMatchObject({ state: 'done', done: 2, total: 2, error: null });
    const year = new Date().toISOString().slice(0, 4);
    expect(basename(done.files[0]!)).toBe(`IVRP Gemeente Teststad ${year} (publicatie).docx`);
    expect(done.files.slice(1).every((f) => f.startsWith(join(folder, 'Diagrammen (publicatie)')))).toBe(true);
    const text = docxText((await unzipDocx(readFileSync(done.files[0]!))).document);
    expect(text).not.toContain('GEHEIM');
    expect(text).not.toContain('INTERN-MAATREGEL');
    for (const f of done.files.slice(1)) expect(readFileSync(f, 'utf8')).not.toContain('GEHEIM');
    const again = await finish(core, await core.handlers['export.start']({ ...args, kinds: ['ivrp'] }));
    expect(basename(again.files[0]!)).toBe(`IVRP Gemeente Teststad ${year} (publicatie) (2).docx`);
  }, 120_000);
});

describe('a refused export argument reads in the language of the UI', () => {
  it('says in Dutch and in English that the folder must be a full path, and that an export must be chosen', async () => {
    const { core, sessionId } = await open(project());
    const refusal = async (args: { folder: string; kinds: ExportKind[] }) => {
      try {
        await core.handlers['export.start']({ sessionId, ...args, publication: undefined, omitInternal: undefined, scale: undefined });
      } catch (err) {
        return { params: (err as ApiError).params };
      }
      throw new Error('expected a refusal');
    };
    const relative = await refusal({ folder: 'exports', kinds: ['ivrp'] });
    expect(t('nl', 'error.badArgument', relative.params)).toContain('geef een volledig pad naar een map');
    expect(t('en', 'error.badArgument', relative.params)).toContain('give a full path to a folder');
    const none = await refusal({ folder: tempDir(), kinds: [] });
    expect(t('en', 'error.badArgument', none.params)).toContain('choose at least one export');
  });
});
