/**
 * ESLint rule `vlinder/no-import-cycle`: an import that closes a circle is an error. Two kinds:
 * - between files anywhere under `root` (a imports b imports a);
 * - between the folders directly under each of `folders` (canvas imports commands imports
 *   canvas), so those folders stay layered even when no single file is in a file circle.
 * Type-only imports count too (see importGraph.ts). No eslint-plugin-import is installed here;
 * this reads the same graph the architecture test checks.
 *
 * The graph of the other files is read from disk once per ESLint process; the file being linted
 * is taken as it is now, so an editor sees its own change at once.
 */
import type { Rule } from 'eslint';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { circleThrough, folderGraph, importCycles, importGraph, importsOf, type ImportGraph } from './importGraph.ts';

interface Options {
  root: string;
  folders?: string[];
}

const graphs = new Map<string, ImportGraph>();

function baseGraph(root: string): ImportGraph {
  let graph = graphs.get(root);
  if (!graph) graphs.set(root, (graph = importGraph(root)));
  return graph;
}

/** The component of `node` in `graph`, if it lies on a circle. */
function componentOf(graph: ImportGraph, node: string): string[] | undefined {
  return importCycles(graph).find((c) => c.includes(node));
}

const show = (base: string, path: string) => relative(base, path).split(sep).join('/');

export const noImportCycle: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid imports that close a circle between files, or between the folders of a layered tree.' },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' }, folders: { type: 'array', items: { type: 'string' } } },
        required: ['root'],
        additionalProperties: false,
      },
    ],
    messages: {
      file: 'Import circle: {{chain}}. Move what both sides need into a module below them.',
      folder: 'Folder circle: {{chain}} ({{edge}}). Folders here import downward only.',
    },
  },
  create(context) {
    const options = context.options[0] as Options;
    const cwd = context.cwd;
    const root = resolve(cwd, options.root);
    const file = context.filename;
    if (!isAbsolute(file) || relative(root, file).startsWith('..')) return {};

    const graph = new Map(baseGraph(root));
    graph.set(file, importsOf(file, context.sourceCode.text).map((s) => resolve(dirname(file), s)).filter((t) => graph.has(t)));
    const fileCircle = componentOf(graph, file);
    const folderChecks = (options.folders ?? []).map((f) => resolve(cwd, f)).filter((f) => !relative(f, file).startsWith('..'));
    const folderViews = folderChecks.map((base) => ({ base, graph: folderGraph(graph, base), unit: (p: string) => resolve(base, relative(base, p).split(sep)[0]!) }));

    const check = (node: Rule.Node, specifier: unknown): void => {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = resolve(dirname(file), specifier);
      if (fileCircle?.includes(target)) {
        const chain = circleThrough(graph, fileCircle, file).map((p) => show(root, p)).join(' → ');
        context.report({ node, messageId: 'file', data: { chain } });
        return;
      }
      for (const view of folderViews) {
        if (relative(view.base, target).startsWith('..')) continue;
        const from = view.unit(file);
        const to = view.unit(target);
        if (from === to) continue;
        const circle = componentOf(view.graph, from);
        if (!circle?.includes(to)) continue;
        const chain = circleThrough(view.graph, circle, from).map((p) => show(view.base, p)).join(' → ');
        context.report({ node, messageId: 'folder', data: { chain, edge: `${show(view.base, from)} imports ${show(view.base, to)}` } });
      }
    };

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => check(node, node.source?.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : undefined),
    };
  },
};
