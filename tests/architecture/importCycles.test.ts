/**
 * The source tree has no import circles, and the lint rule that keeps it so does fail on one:
 * checked on a small tree written to a temporary folder and linted by the real ESLint.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { circleCount, folderGraph, importCycles, importGraph } from '../../scripts/lint/importGraph.ts';
import { noImportCycle } from '../../scripts/lint/noImportCycle.ts';

const named = (root: string, cycles: string[][]) => cycles.map((c) => c.map((f) => relative(root, f)));

describe('the import graph of src/', () => {
  it('has no circle between files, type-only imports included', () => {
    expect(named('src', importCycles(importGraph('src')))).toEqual([]);
  });

  it('has no circle between the folders of the renderer: canvas, commands, panels and views import downward only', () => {
    expect(named('src/renderer', importCycles(folderGraph(importGraph('src'), 'src/renderer')))).toEqual([]);
  });
});

const trees: string[] = [];
afterAll(() => trees.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'vlinder-cycles-'));
  trees.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

async function lint(root: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tseslint.parser },
        plugins: { vlinder: { rules: { 'no-import-cycle': noImportCycle } } },
        rules: { 'vlinder/no-import-cycle': ['error', { root: 'src', folders: ['src/ui'] }] },
      },
    ],
  });
  const results = await eslint.lintFiles(['src']);
  return results.flatMap((r) => r.messages.map((m) => `${relative(root, r.filePath)}:${m.line} ${m.message}`)).sort();
}

describe('the lint rule vlinder/no-import-cycle', () => {
  it('reports each import that closes a circle between files, naming the circle', async () => {
    const root = tree({
      'src/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'src/b.ts': "import type { C } from './c.ts';\nexport const b = 1 as unknown as C;\n",
      'src/c.ts': "export type C = number;\nexport { a } from './a.ts';\n",
      'src/d.ts': "import { a } from './a.ts';\nexport const d = a;\n",
    });
    expect(await lint(root)).toEqual([
      'src/a.ts:1 Import circle: a.ts → b.ts → c.ts → a.ts. Move what both sides need into a module below them.',
      'src/b.ts:1 Import circle: b.ts → c.ts → a.ts → b.ts. Move what both sides need into a module below them.',
      'src/c.ts:2 Import circle: c.ts → a.ts → b.ts → c.ts. Move what both sides need into a module below them.',
    ]);
  });

  it('reports folders that import each other even when no file is in a circle', async () => {
    const root = tree({
      'src/ui/canvas/draw.ts': "import type { Run } from '../commands/run.ts';\nexport const draw = (r: Run) => r;\n",
      'src/ui/commands/run.ts': 'export type Run = () => void;\n',
      'src/ui/commands/zoom.ts': "import { draw } from '../canvas/draw.ts';\nexport const zoom = draw;\n",
      'src/ui/store/state.ts': 'export const state = {};\n',
      'src/ui/canvas/fit.ts': "import { state } from '../store/state.ts';\nexport const fit = state;\n",
    });
    expect(await lint(root)).toEqual([
      'src/ui/canvas/draw.ts:1 Folder circle: canvas → commands → canvas (canvas imports commands). Folders here import downward only.',
      'src/ui/commands/zoom.ts:1 Folder circle: commands → canvas → commands (commands imports canvas). Folders here import downward only.',
    ]);
  });

  it('passes a tree that imports downward only', async () => {
    const root = tree({
      'src/ui/views/page.ts': "import { zoom } from '../commands/zoom.ts';\nexport const page = zoom;\n",
      'src/ui/commands/zoom.ts': "import { draw } from '../canvas/draw.ts';\nexport const zoom = draw;\n",
      'src/ui/canvas/draw.ts': 'export const draw = 1;\n',
    });
    expect(await lint(root)).toEqual([]);
  });
});

describe('counting circles', () => {
  it('counts each simple circle once', () => {
    const g = new Map([
      ['a', ['b', 'c']],
      ['b', ['a', 'c']],
      ['c', ['a']],
      ['d', ['d']],
    ]);
    // a→b→a, a→c→a, a→b→c→a, and d→d.
    expect(importCycles(g)).toEqual([['a', 'b', 'c'], ['d']]);
    expect(circleCount(g)).toBe(4);
  });
});
