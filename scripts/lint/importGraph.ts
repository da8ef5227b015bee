/**
 * The import graph of a source folder and its circles. Used by the lint rule
 * `vlinder/no-import-cycle` (eslint.config.js), by tests/architecture/importCycles.test.ts, and
 * from the command line to measure: `node scripts/lint/importGraph.ts src src/renderer` prints
 * the strongly connected components (each a set of files that import each other in a circle) of
 * src/, and those between the folders of src/renderer.
 *
 * Type-only imports count: a circle of types is still a knot a reader has to untie, and it
 * becomes a runtime circle the day someone imports a value along it. `runtimeOnly` leaves them out,
 * to tell the two apart when measuring.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.(ts|tsx|mts)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function typeOnly(node: ts.Statement): boolean {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause) return false; // `import './x.ts'` runs the module
    if (clause.isTypeOnly) return true;
    const named = clause.namedBindings;
    return !clause.name && named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
  }
  if (ts.isExportDeclaration(node)) return node.isTypeOnly || (node.exportClause !== undefined && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((e) => e.isTypeOnly));
  return false;
}

/** The relative module specifiers of one file: static imports, re-exports and `import()`. */
export function importsOf(fileName: string, text: string, runtimeOnly = false): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!(runtimeOnly && typeOnly(node))) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((s) => s.startsWith('.'));
}

/** Every source file under `root` with the files under `root` it imports (absolute paths). */
export function importGraph(root: string, runtimeOnly = false): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(resolve(root))) {
    const targets = importsOf(file, readFileSync(file, 'utf8'), runtimeOnly)
      .map((s) => resolve(dirname(file), s))
      .filter((target) => existsSync(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * The strongly connected components with more than one file, or one file that imports itself
 * (Tarjan's algorithm, iterative so a deep chain cannot overflow the stack). Each component is
 * sorted; the list is sorted by its first file.
 */
export function importCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const to = edges[frame.edge++]!;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1 || edges.includes(frame.node)) components.push(component.sort());
    }
  }
  return components.sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** One circle through `file` inside its component, as a readable chain "a → b → a". */
export function circleThrough(graph: ImportGraph, component: readonly string[], file: string): string[] {
  const members = new Set(component);
  const previous = new Map<string, string>();
  const queue = [file];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const to of graph.get(at) ?? []) {
      if (!members.has(to)) continue;
      if (to === file) {
        const chain = [file];
        for (let n: string | undefined = at; n !== undefined && n !== file; n = previous.get(n)) chain.unshift(n);
        return [file, ...chain];
      }
      if (!previous.has(to)) {
        previous.set(to, at);
        queue.push(to);
      }
    }
  }
  return [file];
}

/**
 * The graph between the entries directly under `root`: each folder (with everything inside it)
 * and each file at its top is one node. A circle here is a knot between folders even when no
 * single file is part of a file circle.
 */
export function folderGraph(graph: ImportGraph, root: string): ImportGraph {
  const base = resolve(root);
  const unit = (file: string): string | null => {
    const rel = relative(base, file);
    return rel.startsWith('..') ? null : join(base, rel.split(/[\\/]/)[0]!);
  };
  const folders: ImportGraph = new Map();
  for (const [file, targets] of graph) {
    const from = unit(file);
    if (!from) continue;
    const to = targets.map(unit).filter((u): u is string => u !== null && u !== from);
    folders.set(from, [...new Set([...(folders.get(from) ?? []), ...to])]);
  }
  return folders;
}

/** How many distinct simple circles the graph has, counting up to `limit` (they can be many). */
export function circleCount(graph: ImportGraph, limit = 100_000): number {
  let count = 0;
  for (const component of importCycles(graph)) {
    const order = new Map(component.map((n, i) => [n, i]));
    for (const [start, s] of order) {
      // Circles whose lowest member is `start`: search only through members after it.
      const walk = (node: string, seen: Set<string>): void => {
        for (const to of graph.get(node) ?? []) {
          if (count >= limit) return;
          const i = order.get(to);
          if (i === undefined || i < s) continue;
          if (to === start) count++;
          else if (!seen.has(to)) {
            seen.add(to);
            walk(to, seen);
            seen.delete(to);
          }
        }
      };
      walk(start, new Set([start]));
    }
  }
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(process.argv[2] ?? 'src');
  const folderRoots = process.argv.slice(3);
  const show = (title: string, graph: ImportGraph, base: string) => {
    const cycles = importCycles(graph);
    const files = cycles.reduce((n, c) => n + c.length, 0);
    console.log(`${title}: ${cycles.length} strongly connected components (${files} members), ${circleCount(graph)} simple circles`);
    for (const c of cycles) console.log(`  ${c.map((f) => relative(base, f) || '.').join(', ')}`);
  };
  for (const runtimeOnly of [false, true]) {
    const graph = importGraph(root, runtimeOnly);
    const kind = runtimeOnly ? 'runtime imports only' : 'all imports (types too)';
    show(`files of ${relative(process.cwd(), root) || '.'}, ${kind}`, graph, root);
    for (const folder of folderRoots) show(`folders of ${folder}, ${kind}`, folderGraph(graph, folder), resolve(folder));
  }
}
