/**
 * The merge as the app and the CLI run it: the choices given, `take` for every conflict left
 * without one, and a refusal when the result would not be a valid project. One home for both.
 */
import { ApiError } from '../api/errors.ts';
import { problemMessage } from '../model/integrity.ts';
import { mergeCopies, type MergeOutcome } from './mergeCopies.ts';
import type { Choices, Copy, Side } from './types.ts';

export function runMerge(mine: Copy, theirs: Copy, opts: { choices?: Choices; take?: Side; at: string }): MergeOutcome {
  let out = mergeCopies(mine, theirs, opts.choices ?? {}, opts.at);
  if (opts.take && out.open.length > 0) {
    const all: Record<string, Side> = { ...opts.choices };
    for (const c of out.open) all[c.key] = opts.take;
    out = mergeCopies(mine, theirs, all, opts.at);
  }
  if (out.problems.length > 0) throw new ApiError('merge.invalid', { reason: problemMessage(out.problems[0]!) });
  return out;
}
