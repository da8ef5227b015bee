/**
 * The rule that proposes a priority advice (shared/priorities/proposeAdvice.ts), shown and set
 * beside the scales: two score thresholds, a maximum number of priorities and, per enabled extra
 * criterion, the option from which it raises the advice one step. Each change is one undo entry.
 */
import { useId } from 'react';
import type { AdviceRule } from '../../../shared/model/adviceRuleSchema.ts';
import { updateProject } from '../../../shared/model/ops/project.ts';
import { useDocState, type CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { FormText } from './FormFields.tsx';

export function AdviceRuleEditor({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const rule = useDocState((s) => s.doc?.project.adviceRule);
  const criteria = useDocState((s) => s.doc?.project.scales.criteria);
  const raiseId = useId();
  if (!rule || !criteria) return null;
  const set = (next: AdviceRule) => ctx.useDoc.getState().edit(t('advice.rule.edit'), (d) => updateProject(d, { adviceRule: next }));
  const number = (v: string, min: number) => {
    const n = Number(v.trim().replace(',', '.'));
    return v.trim() !== '' && Number.isFinite(n) && n >= min && n <= 1000 ? n : null;
  };
  const invalidNumber = (v: string) => (number(v, 0) === null ? t('advice.rule.notNumber') : null);
  const enabled = criteria.filter((c) => c.enabled);
  const raiseOf = (id: string) => rule.raise.find((r) => r.criterion === id)?.atLeast ?? null;
  const setRaise = (id: string, atLeast: number | null) => {
    const others = rule.raise.filter((r) => r.criterion !== id);
    set({ ...rule, raise: atLeast === null ? others : [...others, { criterion: id, atLeast }] });
  };

  return (
    <section className="advice-rule" aria-labelledby="advice-rule-title">
      <h3 id="advice-rule-title">{t('advice.rule.title')}</h3>
      <p className="hint">{t('advice.rule.intro')}</p>
      <div className="form-grid">
        <FormText
          label={t('advice.rule.priorityFrom')}
          value={String(rule.priorityFrom)}
          maxLength={6}
          validate={(v) => invalidNumber(v) ?? (number(v, 0)! < rule.strategicFrom ? t('advice.rule.invalid') : null)}
          onCommit={(v) => set({ ...rule, priorityFrom: number(v, 0)! })}
        />
        <FormText
          label={t('advice.rule.strategicFrom')}
          value={String(rule.strategicFrom)}
          maxLength={6}
          validate={(v) => invalidNumber(v) ?? (number(v, 0)! > rule.priorityFrom ? t('advice.rule.invalid') : null)}
          onCommit={(v) => set({ ...rule, strategicFrom: number(v, 0)! })}
        />
        <FormText
          label={t('advice.rule.maxPriorities')}
          value={rule.maxPriorities === null ? '' : String(rule.maxPriorities)}
          maxLength={3}
          validate={(v) => (v.trim() === '' || (Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= 100) ? null : t('advice.rule.notCount'))}
          onCommit={(v) => set({ ...rule, maxPriorities: v.trim() === '' ? null : Number(v) })}
        />
      </div>
      {enabled.length > 0 && (
        <fieldset className="advice-raise">
          <legend id={raiseId}>{t('advice.rule.raise')}</legend>
          {enabled.map((c) => (
            <label key={c.id} className="inline">
              {c.label} {t('advice.rule.raiseAtLeast')}
              <select aria-label={`${t('advice.rule.raise')}: ${c.label}`} value={raiseOf(c.id) ?? ''} onChange={(e) => setRaise(c.id, e.target.value === '' ? null : Number(e.target.value))}>
                <option value="">{t('advice.rule.raiseNone')}</option>
                {c.options.map((o, i) => (
                  <option key={o} value={i + 1}>
                    {o}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
