import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../../cli/runCaptured.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { writeVlinderFile } from '../../builders/vlinderFile.ts';
import { useTempDirs } from '../../storage/tempDirs.ts';
import { reportFixture } from '../../shared/report/fixture.ts';
import { itWithTools } from '../../tools/externalTools.ts';
import { docxText, unzipDocx } from './inspect.ts';

const tempDir = useTempDirs();

const projectFile = (doc: ProjectDoc) => writeVlinderFile(tempDir(), doc);

const cli = runCaptured;

describe('vlinder export (reports)', () => {
  it('writes the IVRP report, IVP chapters and diagrams from a project file', async () => {
    const file = projectFile(reportFixture().doc);
    const out = tempDir();
    const r = await cli(['export', file, '--ivrp', join(out, 'ivrp.docx'), '--ivp', join(out, 'ivp.docx'), '--ivp-each', join(out, 'hoofdstukken'), '--svg', join(out, 'svg'), '--png', join(out, 'png'), '--scale', '1']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`IVRP-rapport geschreven naar ${join(out, 'ivrp.docx')}`);
    expect(docxText((await unzipDocx(readFileSync(join(out, 'ivrp.docx')))).document)).toContain('Risicobeoordeling');
    expect(existsSync(join(out, 'ivp.docx'))).toBe(true);
    expect(readdirSync(join(out, 'hoofdstukken'))).toHaveLength(3);
    expect(readdirSync(join(out, 'svg')).filter((f) => f.endsWith('.svg'))).toHaveLength(4);
    expect(readdirSync(join(out, 'png')).filter((f) => f.endsWith('.png'))).toHaveLength(4);
  }, 120_000);

  it('--publication leaves out confidential items everywhere, --omit-internal internal ones too', async () => {
    const file = projectFile(reportFixture().doc);
    const out = tempDir();
    const r = await cli(['export', file, '--publication', '--omit-internal', '--ivrp', join(out, 'pub.docx'), '--svg', join(out, 'svg')]);
    expect(r.code).toBe(0);
    const text = docxText((await unzipDocx(readFileSync(join(out, 'pub.docx')))).document);
    expect(text).not.toContain('GEHEIM');
    expect(text).not.toContain('INTERN-MAATREGEL');
    for (const f of readdirSync(join(out, 'svg'))) expect(readFileSync(join(out, 'svg', f), 'utf8')).not.toContain('GEHEIM');
    expect(readdirSync(join(out, 'svg'))).toHaveLength(3);
  }, 120_000);

  it('warns about personal data before exporting, on stderr, and still exports', async () => {
    const { doc, ids } = reportFixture();
    doc.risks[ids['r1']!] = { ...doc.risks[ids['r1']!]!, evidence: 'Zie zaaknummer 2023-004512, bel 06-12345678.' };
    const out = tempDir();
    const r = await cli(['export', projectFile(doc), '--ivrp', join(out, 'a.docx')]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('Let op: mogelijk persoonsgegevens in het project (2)');
    expect(r.err).toContain('telefoonnummer: "06-12345678" (R01 · onderbouwing)');
    expect(existsSync(join(out, 'a.docx'))).toBe(true);
  }, 60_000);

  it('rejects wrong output names and options with a usage message', async () => {
    const file = projectFile(reportFixture().doc);
    expect((await cli(['export', file, '--ivrp', 'rapport.pdf'])).code).toBe(2);
    expect((await cli(['export', file, '--pdf', 'rapport.docx'])).err).toContain('--pdf verwacht een bestandsnaam op .pdf');
    expect((await cli(['export', file, '--omit-internal', '--ivrp', join(tempDir(), 'x.docx')])).err).toContain('--omit-internal hoort bij --publication');
    expect((await cli(['export', file, '--png', tempDir(), '--scale', '9'])).code).toBe(2);
    const help = await cli(['export', '--help']);
    expect(help.out).toContain('[--ivrp OUT.docx]');
    expect(help.out).toContain('[--publication [--omit-internal]]');
  }, 60_000);

  itWithTools(['chromium'], 'writes the PDF', async () => {
    const out = tempDir();
    const r = await cli(['export', projectFile(reportFixture().doc), '--pdf', join(out, 'ivrp.pdf')]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(out, 'ivrp.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('explains that a PDF needs Chromium when the browser named in VLINDER_CHROMIUM is not there', async () => {
    const before = process.env['VLINDER_CHROMIUM'];
    process.env['VLINDER_CHROMIUM'] = '/nonexistent/chromium';
    try {
      const r = await cli(['export', projectFile(reportFixture().doc), '--pdf', join(tempDir(), 'x.pdf')]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('Voor een PDF is Chromium, Chrome of Edge nodig, maar die is niet gevonden (/nonexistent/chromium)');
    } finally {
      if (before === undefined) delete process.env['VLINDER_CHROMIUM'];
      else process.env['VLINDER_CHROMIUM'] = before;
    }
  }, 120_000);
});
