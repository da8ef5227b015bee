/**
 * The "Beleid" panel of a risk: everything its IVP chapter needs beyond the bow-tie —
 * background, evidence, goals, indicators, capacity and budget, partners and their role,
 * relation with other policy, the residual risk, and the priority advice with its motivering.
 * Every finished field is one undoable edit; a field left empty stays a placeholder in the report.
 */
import { useMemo } from 'react';
import type { Risk } from '../../../shared/model/entities.ts';
import { updateRisk, type RiskPatch } from '../../../shared/model/ops/risks.ts';
import { setScore } from '../../../shared/model/ops/scores.ts';
import { pickScores } from '../../../shared/model/riskScore.ts';
import { PRIORITY_ADVICE } from '../../../shared/model/vocab.ts';
import { proposeAdvice } from '../../../shared/priorities/proposeAdvice.ts';
import { useDocState, type CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { FormChoice, FormText } from '../settings/FormFields.tsx';
import { IndicatorsTable } from './IndicatorsTable.tsx';
import { PartnerRoles } from './PartnerRoles.tsx';
import '../settings/settings.css';
import './policy.css';

function Residual({ ctx, risk }: { ctx: CommandContext; risk: Risk }) {
  const t = useT();
  const scales = useDocState((s) => s.doc?.project.scales);
  const scores = useDocState((s) => s.doc?.scores);
  const picked = useMemo(() => pickScores(Object.values(scores ?? {}).filter((s) => s.riskId === risk.id)), [scores, risk.id]);
  if (!scales) return null;
  const l = picked.get('residual.likelihood');
  const i = picked.get('residual.impact');
  const set = (criterion: string, value: number | null) => ctx.useDoc.getState().edit(t('policy.edit', { field: t('policy.residual') }), (d) => setScore(d, risk.id, criterion, value), { riskId: risk.id });
  const pickerOf = (criterion: 'residual.likelihood' | 'residual.impact', classes: typeof scales.likelihood, value: number | undefined) => (
    <div className="form-row">
      <label htmlFor={`res-${criterion}`}>{t(criterion === 'residual.likelihood' ? 'policy.residual.likelihood' : 'policy.residual.impact')}</label>
      <select id={`res-${criterion}`} value={value ?? ''} onChange={(e) => set(criterion, e.target.value === '' ? null : Number(e.target.value))}>
        <option value="">–</option>
        {classes.map((c) => (
          <option key={c.value} value={c.value}>
            {c.code} {c.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="policy-residual">
      {pickerOf('residual.likelihood', scales.likelihood, l)}
      {pickerOf('residual.impact', scales.impact, i)}
      {l !== undefined && i !== undefined && <p className="policy-residual-score">{t('policy.residual.score', { score: l * i })}</p>}
    </div>
  );
}

function Advice({ ctx, risk }: { ctx: CommandContext; risk: Risk }) {
  const t = useT();
  const doc = useDocState((s) => s.doc);
  const proposal = useMemo(() => (doc ? proposeAdvice(doc).find((p) => p.risk.id === risk.id) : undefined), [doc, risk.id]);
  const set = (patch: RiskPatch) => ctx.useDoc.getState().edit(t('advice.choose', { code: risk.code }), (d) => updateRisk(d, risk.id, patch), { riskId: risk.id });
  return (
    <div className="policy-advice">
      <p className="hint">
        {t('advice.col.proposal')}: {proposal?.proposal ? t(`vocab.priorityAdvice.${proposal.proposal}`) : t('advice.notScored')}
      </p>
      <FormChoice label={t('policy.advice')} value={risk.priorityAdvice} options={PRIORITY_ADVICE} optionKey={(v) => `vocab.priorityAdvice.${v}`} emptyLabel="–" onCommit={(priorityAdvice) => set({ priorityAdvice })} />
      <FormText label={t('advice.col.reason')} value={risk.priorityReason} multiline rows={2} maxLength={4000} onCommit={(priorityReason) => set({ priorityReason })} />
    </div>
  );
}

export function PolicyPanel({ ctx, risk }: { ctx: CommandContext; risk: Risk }) {
  const t = useT();
  const set = (labelKey: Parameters<typeof t>[0], patch: RiskPatch) => ctx.useDoc.getState().edit(t('policy.edit', { field: t(labelKey) }), (d) => updateRisk(d, risk.id, patch), { riskId: risk.id });
  const text = (field: 'description' | 'evidence' | 'resources' | 'budget' | 'policyRelations', labelKey: Parameters<typeof t>[0], rows = 3) => (
    <FormText key={`${risk.id}-${field}`} label={t(labelKey)} value={risk[field]} multiline rows={rows} maxLength={20_000} onCommit={(v) => set(labelKey, { [field]: v })} />
  );
  return (
    <div className="policy-panel" id="policy-panel" role="tabpanel" aria-labelledby="risk-tab-policy">
      <p className="hint">{t('policy.intro')}</p>
      <div className="policy-columns">
        <div>
          {text('description', 'policy.description', 4)}
          {text('evidence', 'policy.evidence', 3)}
          <FormText
            key={`${risk.id}-goals`}
            label={t('policy.goals')}
            value={risk.goals.join('\n')}
            multiline
            rows={3}
            maxLength={20_000}
            onCommit={(v) =>
              set('policy.goals', {
                goals: v
                  .split('\n')
                  .map((g) => g.trim())
                  .filter(Boolean),
              })
            }
          />
        </div>
        <div>
          {text('resources', 'policy.resources', 2)}
          {text('budget', 'policy.budget', 2)}
          <h3>{t('policy.partners')}</h3>
          <PartnerRoles ctx={ctx} riskId={risk.id} roles={risk.partnerRoles} />
          {text('policyRelations', 'policy.policyRelations', 2)}
          <h3>{t('policy.residual')}</h3>
          <Residual ctx={ctx} risk={risk} />
          <h3>{t('policy.advice')}</h3>
          <Advice ctx={ctx} risk={risk} />
        </div>
      </div>
      <h3>{t('policy.indicators')}</h3>
      <IndicatorsTable ctx={ctx} riskId={risk.id} indicators={risk.indicators} />
    </div>
  );
}
