/** Handlers for comparing and merging the open project with another copy of it (docs/merge.md). */
import { basename } from 'node:path';
import type { Handlers } from '../../shared/api/contract.ts';
import type { CopyInfo } from '../../shared/api/methods/merge.ts';
import { compareCopies } from '../../shared/merge/compare.ts';
import { risksOnlyIn } from '../../shared/merge/groupByRisk.ts';
import { lastSave } from '../../shared/merge/parting.ts';
import { runMerge } from '../../shared/merge/runMerge.ts';
import type { Copy } from '../../shared/merge/types.ts';
import { nowIso } from '../../shared/model/ids.ts';
import type { Sessions } from './sessions.ts';
import type { Storage } from './storage.ts';

type MergeHandlers = Pick<Handlers, 'merge.compare' | 'merge.prepare' | 'merge.adopt'>;

export function copyInfo(copy: Copy, path: string | null): CopyInfo {
  return { path, title: copy.doc.project.title || (path ? basename(path) : ''), lastSave: lastSave(copy.history) };
}

export function mergeHandlers({ storage, sessions }: { storage: Storage; sessions: Sessions }): MergeHandlers {
  const mineOf = (sessionId: string): Copy & { path: string | null } => {
    const wc = sessions.get(sessionId);
    return { doc: wc.doc(), history: wc.saveHistory(), records: wc.changeRecords(), path: wc.path };
  };
  return {
    async 'merge.compare'({ sessionId, path }) {
      const mine = mineOf(sessionId);
      const theirs = storage.read(path);
      return { comparison: compareCopies(mine, theirs), theirRisks: risksOnlyIn(theirs.doc, mine.doc), mine: copyInfo(mine, mine.path), theirs: copyInfo(theirs, path) };
    },
    async 'merge.prepare'({ sessionId, path, choices, take }) {
      const mine = mineOf(sessionId);
      const theirs = storage.read(path);
      const out = runMerge(mine, theirs, { choices, ...(take ? { take } : {}), at: nowIso() });
      return { doc: out.doc, open: out.open, taken: out.taken, dropped: out.dropped, lineage: { history: out.history, mergeParentId: out.parents.theirs }, theirs: copyInfo(theirs, path) };
    },
    async 'merge.adopt'({ sessionId, lineage }) {
      sessions.get(sessionId).adoptLineage(lineage);
      return { adopted: lineage !== null };
    },
  };
}
