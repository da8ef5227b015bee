/**
 * The one list of methods between the UI and the Node side (DESIGN.md §2). Each feature declares
 * its methods in `methods/<feature>.ts`; this file joins them. Hosts bind this map to a
 * transport; the renderer's client is typed from it; the dispatcher validates against it.
 */
import { appMethods } from './methods/app.ts';
import { contentMethods } from './methods/content.ts';
import { evidenceMethods } from './methods/evidence.ts';
import { dialogMethods } from './methods/dialog.ts';
import { exportMethods } from './methods/export.ts';
import { filesMethods } from './methods/files.ts';
import { liveMethods } from './methods/live.ts';
import { mergeMethods } from './methods/merge.ts';
import { projectMethods } from './methods/project.ts';
import { registerMethods } from './methods/register.ts';
import type { MethodSpec } from './define.ts';

export const contract = {
  ...appMethods,
  ...projectMethods,
  ...dialogMethods,
  ...filesMethods,
  ...registerMethods,
  ...exportMethods,
  ...contentMethods,
  ...evidenceMethods,
  ...liveMethods,
  ...mergeMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type ArgsOf<M extends MethodName> = Contract[M] extends MethodSpec<infer A, unknown> ? A : never;
export type ResultOf<M extends MethodName> = Contract[M] extends MethodSpec<unknown, infer R> ? R : never;

/** What the core implements: one async function per method. */
export type Handlers = { [M in MethodName]: (args: ArgsOf<M>) => Promise<ResultOf<M>> };

/** What a transport gives the renderer: call a method by name. */
export type CallFn = <M extends MethodName>(method: M, args: ArgsOf<M>) => Promise<ResultOf<M>>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}
