import { afterEach, describe, expect, it } from 'vitest';
import { ESTIMATE_LIMIT, estimatesPages, renderDocx } from '../../../src/main/export/docx/renderDocx.ts';
import { buildIvrp } from '../../../src/shared/report/ivrp/buildIvrp.ts';
import { generateProject } from '../../builders/generateProject.ts';
import { unzipDocx } from './inspect.ts';

const words = { figure: 'Figuur', page: 'pagina' };
const limit = { ...ESTIMATE_LIMIT };
afterEach(() => Object.assign(ESTIMATE_LIMIT, limit));

/** The contents' entries of a written .docx: title and the page number written with it. */
async function contents(bytes: Buffer): Promise<{ title: string; page: number | null }[]> {
  const { document } = await unzipDocx(bytes);
  const toc = document.slice(document.indexOf('<w:sdtContent>'), document.indexOf('</w:sdtContent>'));
  return toc
    .split('</w:p>')
    .filter((p) => p.includes('PAGEREF'))
    .map((p) => {
      const texts = [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
      const page = /PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>(\d+)<\/w:t>/.exec(p);
      return { title: texts.slice(0, page ? -1 : undefined).join(''), page: page ? Number(page[1]) : null };
    });
}

/** The report written twice: with docx's own layout of the pages, and with the fast estimate. */
async function bothWays(risks: number) {
  const report = buildIvrp(generateProject({ risks, workedOut: Math.min(30, risks >> 1), seed: 11 }), { date: '2026-11-23' });
  Object.assign(ESTIMATE_LIMIT, { blocks: Infinity, tableRows: Infinity });
  const laidOut = await contents(await renderDocx(report, new Map(), words));
  Object.assign(ESTIMATE_LIMIT, { blocks: 0, tableRows: 0 });
  const fast = await contents(await renderDocx(report, new Map(), words));
  return { laidOut, fast };
}

describe('the contents’ page numbers of a large Word report', () => {
  it('are the pages docx’s own layout finds, heading for heading', async () => {
    for (const risks of [8, 30]) {
      const { laidOut, fast } = await bothWays(risks);
      expect(fast.map((e) => e.title)).toEqual(laidOut.map((e) => e.title));
      expect(laidOut.every((e) => e.page !== null)).toBe(true);
      const off = fast.filter((e, i) => e.page !== laidOut[i]!.page);
      // Exact but for a rare page where a line falls the other way; never more than one page out.
      expect(off.length, JSON.stringify(off)).toBeLessThanOrEqual(Math.floor(fast.length / 20));
      fast.forEach((e, i) => expect(Math.abs(e.page! - laidOut[i]!.page!)).toBeLessThanOrEqual(1));
    }
  }, 60_000);

  it('are written for a 200-risk report too: every entry has one, in page order', async () => {
    const report = buildIvrp(generateProject({ risks: 200, workedOut: 30, seed: 7 }), { date: '2026-11-23' });
    expect(estimatesPages(report)).toBe(false);
    const entries = await contents(await renderDocx(report, new Map(), words));
    expect(entries.length).toBeGreaterThan(40);
    expect(entries.every((e) => e.page !== null && e.page >= 3)).toBe(true);
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.page!).toBeGreaterThanOrEqual(entries[i - 1]!.page!);
    // The register of 200 risks and the worked-out bow-ties make a report of some hundreds of pages.
    expect(entries.at(-1)!.page!).toBeGreaterThan(200);
  }, 60_000);
});
