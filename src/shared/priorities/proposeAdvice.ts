/**
 * The priority advice as a proposal with reasons (report-outlines.md, IVRP chapter 7): from a
 * risk's score and the extra criteria, the project's advice rule proposes prioriteit, overig
 * strategisch thema or beheersniveau. The user then accepts or overrides it per risk and records
 * why; this module only proposes and ranks, it never changes the document.
 *
 * The rule, step by step (each step is a reason the user sees):
 * 1. score ≥ priorityFrom → prioriteit; ≥ strategicFrom → overig strategisch thema; else beheersniveau;
 * 2. an extra criterion scored at or above its `atLeast` option raises the advice one step (at
 *    most one step, however many criteria apply);
 * 3. with `maxPriorities`, only the highest-ranked that many stay prioriteit; the others become
 *    overig strategisch thema.
 * Ranking: advice, then score, then the number of raising criteria, then register order. A risk
 * without a score gets no proposal and comes last.
 */
import { pickScores, scoreFrom } from '../model/riskScore.ts';
import type { ProjectDoc } from '../model/doc.ts';
import type { Risk } from '../model/entities.ts';
import { indexDoc } from '../model/query.ts';
import type { PriorityAdvice } from '../model/vocab.ts';

export type AdviceReason =
  /** Step 1: the score against the threshold that decided the level. */
  | { kind: 'score'; score: number; advice: PriorityAdvice; threshold: number }
  /** Step 2: this criterion's option is at or above `atLeast`. */
  | { kind: 'raised'; criterion: string; criterionLabel: string; option: string; atLeast: string; advice: PriorityAdvice }
  /** Step 3: ranked below the first `max` priorities. */
  | { kind: 'capped'; max: number };

export interface AdviceProposal {
  risk: Risk;
  /** 1-based place in the ranked list. */
  rank: number;
  score: number | null;
  /** null: the risk has no score yet. */
  proposal: PriorityAdvice | null;
  reasons: AdviceReason[];
  /** What the user chose (the risk's priorityAdvice). */
  chosen: PriorityAdvice | null;
  /** open: nothing chosen; accepted: chosen = proposal; overridden: the user chose otherwise. */
  decision: 'open' | 'accepted' | 'overridden';
}

const LEVELS: readonly PriorityAdvice[] = ['management', 'strategic', 'priority'];
const level = (a: PriorityAdvice | null) => (a ? LEVELS.indexOf(a) : -1);

/** Every risk of `doc` with its proposed advice and the reasons, ranked (see the file comment). */
export function proposeAdvice(doc: ProjectDoc): AdviceProposal[] {
  const ix = indexDoc(doc);
  const { scales, adviceRule: rule } = doc.project;
  const rows = ix.risks.map((risk, order) => {
    const picked = pickScores(ix.scoresByRisk.get(risk.id) ?? []);
    const s = scoreFrom(picked, scales);
    const reasons: AdviceReason[] = [];
    let proposal: PriorityAdvice | null = null;
    let raisedBy = 0;
    if (s) {
      const base: PriorityAdvice = s.score >= rule.priorityFrom ? 'priority' : s.score >= rule.strategicFrom ? 'strategic' : 'management';
      reasons.push({ kind: 'score', score: s.score, advice: base, threshold: base === 'priority' ? rule.priorityFrom : rule.strategicFrom });
      proposal = base;
      for (const r of rule.raise) {
        const crit = scales.criteria.find((c) => c.id === r.criterion && c.enabled);
        const value = picked.get(r.criterion);
        if (!crit || value === undefined || value < r.atLeast) continue;
        raisedBy++;
        if (proposal === base && base !== 'priority') proposal = LEVELS[level(base) + 1]!;
        reasons.push({ kind: 'raised', criterion: crit.id, criterionLabel: crit.label, option: crit.options[value - 1] ?? String(value), atLeast: crit.options[r.atLeast - 1] ?? String(r.atLeast), advice: proposal });
      }
    }
    return { risk, order, score: s?.score ?? null, proposal, reasons, raisedBy };
  });
  const compare = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
    level(b.proposal) - level(a.proposal) || (b.score ?? -1) - (a.score ?? -1) || b.raisedBy - a.raisedBy || a.order - b.order;
  rows.sort(compare);
  if (rule.maxPriorities !== null) {
    let kept = 0;
    for (const row of rows) {
      if (row.proposal !== 'priority') continue;
      if (++kept > rule.maxPriorities) {
        row.proposal = 'strategic';
        row.reasons.push({ kind: 'capped', max: rule.maxPriorities });
      }
    }
    rows.sort(compare);
  }
  return rows.map((row, i) => {
    const chosen = row.risk.priorityAdvice;
    const decision = chosen === null ? 'open' : chosen === row.proposal ? 'accepted' : 'overridden';
    return { risk: row.risk, rank: i + 1, score: row.score, proposal: row.proposal, reasons: row.reasons, chosen, decision };
  });
}
