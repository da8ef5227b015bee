/** `vlinder new OUT --starter[=THEMES]`: a new project with (part of) the starter long list. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCaptured } from './runCaptured.ts';
import { readStarterList } from '../../src/main/content/content.ts';
import { sourceResourcesDir } from '../../src/main/content/resourcesDir.ts';
import { readProjectFile } from '../../src/main/storage/projectFiles.ts';
import { useTempDirs } from '../storage/tempDirs.ts';

const tempDir = useTempDirs();
const total = readStarterList(sourceResourcesDir()).risks.length;

const cli = (...argv: string[]) => runCaptured(argv);

describe('vlinder new --starter', () => {
  it('adds the whole starter list with --starter, before or after the file name', async () => {
    const file = join(tempDir(), 'start.vlinder');
    const r = await cli('new', '--starter', file);
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toContain(`${total} risico’s uit de startlijst`);
    const doc = readProjectFile(file).doc;
    expect(Object.keys(doc.risks)).toHaveLength(total);
    expect(Object.values(doc.risks).every((x) => x.status === 'longlist' && x.themeId !== null)).toBe(true);
  });

  it('adds only the given fields and themes with --starter=CODES', async () => {
    const file = join(tempDir(), 'jeugd.vlinder');
    expect(await cli('new', file, '--starter=JV,FV-4.1')).toMatchObject({ code: 0 });
    const doc = readProjectFile(file).doc;
    const codes = Object.values(doc.risks).map((r) => doc.themes[r.themeId!]!.code);
    expect(codes.length).toBeGreaterThan(3);
    expect(codes.every((c) => c.startsWith('JV-') || c === 'FV-4.1')).toBe(true);
  });

  it('without --starter the project stays empty; unknown codes are a usage error', async () => {
    const dir = tempDir();
    expect(await cli('new', join(dir, 'leeg.vlinder'))).toMatchObject({ code: 0 });
    expect(Object.keys(readProjectFile(join(dir, 'leeg.vlinder')).doc.risks)).toHaveLength(0);
    const bad = await cli('new', join(dir, 'x.vlinder'), '--starter=ZZ');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/geen risico’s in de startlijst voor “ZZ”/);
  });
});

describe('vlinder apply-template', () => {
  it('lists the templates, applies one to a risk by code, and refuses an unknown risk without writing', async () => {
    const file = join(tempDir(), 'sjabloon.vlinder');
    await cli('new', file, '--starter=VWL-1.3');
    const list = await cli('apply-template');
    expect(list.out).toContain('woninginbraak');
    const doc0 = readProjectFile(file).doc;
    const code = Object.values(doc0.risks).find((r) => r.title === 'Woninginbraak')!.code;
    const r = await cli('apply-template', file, '--risk', code, '--template', 'woninginbraak');
    expect(r).toMatchObject({ code: 0 });
    expect(r.out).toMatch(/4 oorzaken, 3 gevolgen, 16 maatregelen en 2 escalatiefactoren toegevoegd/);
    const doc = readProjectFile(file).doc;
    expect(doc.project.documentId).toBe(doc0.project.documentId);
    expect(Object.keys(doc.measures)).toHaveLength(16);
    const bad = await cli('apply-template', file, '--risk', 'R99', '--template', 'woninginbraak');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('risico R99 bestaat niet');
    expect(Object.keys(readProjectFile(file).doc.measures)).toHaveLength(16);
  });
});
