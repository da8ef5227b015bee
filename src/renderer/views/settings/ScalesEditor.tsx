/**
 * The project's scales: preset (1–5 or A–E), classes with labels and anchors, risk bands and
 * colours, impact dimensions and extra criteria. Edits collect in a draft; "Apply" checks the
 * draft and, when existing scores are affected (a scale got more or fewer classes), asks whether
 * to convert them or keep them flagged for review. Applying is one undo entry.
 */
import { useEffect, useMemo, useState } from 'react';
import { CheckError } from '../../../shared/model/check.ts';
import { scalesCheck, type Scales } from '../../../shared/model/scalesSchema.ts';
import { withPreset } from '../../../shared/register/presets.ts';
import { applyScaleChange, planScaleChange, type ScaleChangePlan } from '../../../shared/register/scaleChange.ts';
import { scaleIssues } from '../../../shared/register/scaleIssues.ts';
import { useDocState, type CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { AdviceRuleEditor } from './AdviceRuleEditor.tsx';
import { BandsTable } from './BandsTable.tsx';
import { CriteriaTable } from './CriteriaTable.tsx';
import { ScaleClassesTable } from './ScaleClassesTable.tsx';

export function ScalesEditor({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const saved = useDocState((s) => s.doc?.project.scales);
  const [draft, setDraft] = useState<Scales | null>(saved ?? null);
  const [confirm, setConfirm] = useState<ScaleChangePlan | null>(null);
  // A change from elsewhere (undo, another edit) replaces an untouched draft.
  const [base, setBase] = useState(saved);
  useEffect(() => {
    if (saved !== base) {
      setBase(saved);
      setDraft(saved ?? null);
      setConfirm(null);
    }
  }, [saved, base]);

  const changed = useMemo(() => JSON.stringify(draft) !== JSON.stringify(saved), [draft, saved]);
  if (!draft || !saved) return null;

  const names = { likelihood: t('register.col.likelihood'), impact: t('register.col.impact') };
  const issues = scaleIssues(draft).map((i) => t(i.key, { ...i.params, scale: names[i.params['scale'] as 'likelihood'] ?? String(i.params['scale'] ?? '') }));
  let shapeError: string | null = null;
  try {
    scalesCheck(draft, 'schalen');
  } catch (err) {
    if (err instanceof CheckError) shapeError = err.message;
  }

  const apply = (mode: 'convert' | 'keep') => {
    const next = draft;
    let converted = 0;
    ctx.useDoc.getState().edit(t('scales.undoLabel'), (d) => {
      converted = applyScaleChange(d, next, mode);
    });
    setConfirm(null);
    ctx.notify(mode === 'convert' && converted > 0 ? t('scales.appliedConverted', { count: converted }) : t('scales.applied'));
  };

  const tryApply = () => {
    const doc = ctx.useDoc.getState().doc;
    if (!doc) return;
    const plan = planScaleChange(doc, draft);
    if (plan.conversions.length > 0 || plan.offScale > 0) setConfirm(plan);
    else apply('keep');
  };

  return (
    <section className="settings-section" aria-labelledby="scales-title">
      <h2 id="scales-title">{t('settings.scales')}</h2>
      <fieldset className="scale-preset">
        <legend>{t('scales.preset')}</legend>
        {(['numeric', 'letters'] as const).map((p) => (
          <label key={p} className="inline">
            <input type="radio" name="scale-preset" checked={draft.preset === p} onChange={() => setDraft(withPreset(draft, p))} /> {t(`scales.preset.${p}`)}
          </label>
        ))}
        {draft.preset === 'custom' && <span className="hint">{t('scales.preset.custom')}</span>}
      </fieldset>
      <div className="scale-pair">
        <ScaleClassesTable title={names.likelihood} classes={draft.likelihood} preset={draft.preset} onChange={(likelihood) => setDraft({ ...draft, likelihood })} />
        <ScaleClassesTable title={names.impact} classes={draft.impact} preset={draft.preset} onChange={(impact) => setDraft({ ...draft, impact })} />
      </div>
      <BandsTable bands={draft.bands} onChange={(bands) => setDraft({ ...draft, bands })} />
      <CriteriaTable scales={draft} onChange={setDraft} />
      <AdviceRuleEditor ctx={ctx} />
      {(issues.length > 0 || shapeError) && (
        <ul className="scale-issues" role="alert">
          {shapeError && <li>{shapeError}</li>}
          {issues.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      )}
      {confirm ? (
        <div className="scale-confirm scales-actions" role="alertdialog" aria-labelledby="scale-confirm-title">
          <h3 id="scale-confirm-title">{t('scales.confirm.title')}</h3>
          <p>{t('scales.confirm.text', { count: confirm.conversions.length, offScale: confirm.offScale })}</p>
          <div className="dialog-actions">
            {confirm.conversions.length > 0 && (
              <button type="button" className="primary" onClick={() => apply('convert')}>
                {t('scales.confirm.convert', { count: confirm.conversions.length })}
              </button>
            )}
            <button type="button" onClick={() => apply('keep')}>
              {t('scales.confirm.keep', { count: confirm.offScale })}
            </button>
            <button type="button" onClick={() => setConfirm(null)}>
              {t('register.import.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="dialog-actions scales-actions">
          <button type="button" className="primary" disabled={!changed || issues.length > 0 || shapeError !== null} onClick={tryApply}>
            {t('scales.apply')}
          </button>
          <button type="button" disabled={!changed} onClick={() => setDraft(saved)}>
            {t('scales.reset')}
          </button>
        </div>
      )}
    </section>
  );
}
