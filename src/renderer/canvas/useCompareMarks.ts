/** The marks of the comparison in the compare panel on the boxes of this layout (none while no comparison is shown). */
import { useMemo } from 'react';
import type { BowtieLayout } from '../../shared/layout/types.ts';
import { useDocState } from '../AppContext.tsx';
import { useCompare } from '../store/compareStore.ts';
import { compareMarks, type NodeMark } from './compareMarks.ts';

const NONE: ReadonlyMap<string, NodeMark> = new Map();

export function useCompareMarks(layout: BowtieLayout, riskId: string): ReadonlyMap<string, NodeMark> {
  const sessionId = useDocState((s) => s.sessionId);
  const diffs = useCompare((s) => (s.sessionId === sessionId ? s.result?.comparison.diffs : undefined));
  const filter = useCompare((s) => s.filter);
  return useMemo(() => (diffs ? compareMarks(diffs, layout.nodes, riskId, filter) : NONE), [diffs, layout.nodes, riskId, filter]);
}
