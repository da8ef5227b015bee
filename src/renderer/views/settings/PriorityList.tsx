/**
 * The ranked proposals of the advice rule (shared/priorities/proposeAdvice.ts): per risk the
 * score, the proposal and why, the user's choice (accept or choose otherwise) and the motivering
 * the IVRP prints in its priorities chapter. Every choice and motivering is one undo entry;
 * "accept all open proposals" is one entry too.
 */
import { useMemo } from 'react';
import type { MessageKey } from '../../../shared/i18n/t.ts';
import { updateRisk } from '../../../shared/model/ops/risks.ts';
import { PRIORITY_ADVICE, type PriorityAdvice } from '../../../shared/model/vocab.ts';
import { proposeAdvice, type AdviceProposal, type AdviceReason } from '../../../shared/priorities/proposeAdvice.ts';
import { useDocState, type CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { EditableText } from './EditableText.tsx';
import { AdviceRuleEditor } from './AdviceRuleEditor.tsx';

type T = ReturnType<typeof useT>;

function reasonText(t: T, r: AdviceReason, rule: { strategicFrom: number; priorityFrom: number }): string {
  if (r.kind === 'score') {
    if (r.advice === 'management') return t('advice.reason.scoreBelow', { score: r.score, threshold: rule.strategicFrom });
    if (r.advice === 'strategic') return t('advice.reason.scoreBetween', { score: r.score, low: rule.strategicFrom, high: rule.priorityFrom });
    return t('advice.reason.score', { score: r.score, threshold: r.threshold });
  }
  if (r.kind === 'raised') return t('advice.reason.raised', { criterion: r.criterionLabel, option: r.option, atLeast: r.atLeast });
  return t('advice.reason.capped', { max: r.max });
}

const adviceKey = (a: PriorityAdvice): MessageKey => `vocab.priorityAdvice.${a}`;

function Row({ ctx, p, rule }: { ctx: CommandContext; p: AdviceProposal; rule: { strategicFrom: number; priorityFrom: number } }) {
  const t = useT();
  const { risk } = p;
  const choose = (advice: PriorityAdvice | null) => ctx.useDoc.getState().edit(t('advice.choose', { code: risk.code }), (d) => updateRisk(d, risk.id, { priorityAdvice: advice }));
  return (
    <tr data-risk={risk.code} className={`advice-${p.decision}`}>
      <td className="col-num">{p.rank}</td>
      <td>
        <b>{risk.code}</b> {risk.title}
      </td>
      <td className="col-num">{p.score ?? '–'}</td>
      <td>{p.proposal ? t(adviceKey(p.proposal)) : <span className="hint">{t('advice.notScored')}</span>}</td>
      <td className="advice-reasons">{p.reasons.map((r) => reasonText(t, r, rule)).join('; ')}</td>
      <td>
        <div className="advice-choice">
          <select aria-label={t('advice.choose', { code: risk.code })} value={p.chosen ?? ''} onChange={(e) => choose((e.target.value || null) as PriorityAdvice | null)}>
            <option value="">–</option>
            {PRIORITY_ADVICE.map((a) => (
              <option key={a} value={a}>
                {t(adviceKey(a))}
              </option>
            ))}
          </select>
          {p.proposal && p.decision !== 'accepted' && (
            <button type="button" onClick={() => choose(p.proposal)} aria-label={`${t('advice.accept')}: ${risk.code}`}>
              {t('advice.accept')}
            </button>
          )}
          {p.decision !== 'open' && <span className="hint">{t(p.decision === 'accepted' ? 'advice.accepted' : 'advice.overridden')}</span>}
        </div>
      </td>
      <td>
        <EditableText
          className="advice-reason"
          value={risk.priorityReason}
          label={t('advice.reasonEdit', { code: risk.code })}
          onCommit={(v) => ctx.useDoc.getState().edit(t('advice.reasonEdit', { code: risk.code }), (d) => updateRisk(d, risk.id, { priorityReason: v }))}
        />
      </td>
    </tr>
  );
}

export function PriorityList({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const doc = useDocState((s) => s.doc);
  const proposals = useMemo(() => (doc ? proposeAdvice(doc) : []), [doc]);
  if (!doc) return null;
  const open = proposals.filter((p) => p.decision === 'open' && p.proposal);
  const acceptAll = () => {
    ctx.useDoc.getState().edit(t('advice.acceptAll'), (d) => {
      for (const p of open) updateRisk(d, p.risk.id, { priorityAdvice: p.proposal });
    });
    ctx.notify(t('advice.acceptAllDone', { count: open.length }));
  };
  return (
    <section className="settings-section priority-list" aria-labelledby="priorities-title">
      <h2 id="priorities-title">{t('settings.priorities')}</h2>
      <AdviceRuleEditor ctx={ctx} />
      <h3>{t('advice.list.title')}</h3>
      <p className="hint">{t('advice.list.intro')}</p>
      {proposals.length === 0 ? (
        <p>{t('advice.empty')}</p>
      ) : (
        <>
          <button type="button" disabled={open.length === 0} onClick={acceptAll}>
            {t('advice.acceptAll')} ({open.length})
          </button>
          <table className="settings-table advice-table">
            <thead>
              <tr>
                {(['advice.col.rank', 'advice.col.risk', 'advice.col.score', 'advice.col.proposal', 'advice.col.reasons', 'advice.col.choice', 'advice.col.reason'] as const).map((k) => (
                  <th key={k} scope="col">
                    {t(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {proposals.map((p) => (
                <Row key={p.risk.id} ctx={ctx} p={p} rule={doc.project.adviceRule} />
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
