/** The findings of the open risk, recomputed as the document changes, split into shown and dismissed. */
import { useMemo } from 'react';
import { checkRisk } from '../../../shared/rules/checkRisk.ts';
import type { Finding } from '../../../shared/rules/finding.ts';
import { useDocState } from '../../AppContext.tsx';
import { useFindings } from './findingsStore.ts';

export interface RiskFindings {
  shown: Finding[];
  /** Keys of this risk's findings that the user dismissed. */
  dismissedKeys: string[];
}

export function useRiskFindings(riskId: string): RiskFindings {
  const doc = useDocState((s) => s.doc);
  const dismissed = useFindings((s) => s.dismissed);
  const all = useMemo(() => (doc ? checkRisk(doc, riskId) : []), [doc, riskId]);
  return useMemo(
    () => ({ shown: all.filter((f) => !dismissed.has(f.key)), dismissedKeys: all.filter((f) => dismissed.has(f.key)).map((f) => f.key) }),
    [all, dismissed],
  );
}
