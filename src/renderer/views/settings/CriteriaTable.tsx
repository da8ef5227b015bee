/**
 * Impact on several dimensions (switched on or off, with weights, combined by the maximum or a
 * weighted mean) and the extra prioritisation criteria (on or off, their options).
 */
import type { Scales } from '../../../shared/model/scalesSchema.ts';
import { useT } from '../../i18n/useT.ts';

export function CriteriaTable({ scales, onChange }: { scales: Scales; onChange(next: Scales): void }) {
  const t = useT();
  const dim = (i: number, patch: Partial<Scales['impactDimensions'][number]>) => onChange({ ...scales, impactDimensions: scales.impactDimensions.map((d, k) => (k === i ? { ...d, ...patch } : d)) });
  const crit = (i: number, patch: Partial<Scales['criteria'][number]>) => onChange({ ...scales, criteria: scales.criteria.map((c, k) => (k === i ? { ...c, ...patch } : c)) });
  return (
    <>
      <fieldset className="scale-dimensions">
        <legend>{t('scales.dimensions')}</legend>
        <p className="hint">{t('scales.dimensions.hint')}</p>
        <label className="inline">
          {t('scales.combine')}{' '}
          <select value={scales.impactCombine} onChange={(e) => onChange({ ...scales, impactCombine: e.target.value as Scales['impactCombine'] })}>
            <option value="max">{t('scales.combine.max')}</option>
            <option value="weightedMean">{t('scales.combine.weightedMean')}</option>
          </select>
        </label>
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">{t('scales.enabled')}</th>
              <th scope="col">{t('scales.dimension')}</th>
              <th scope="col">{t('scales.weight')}</th>
            </tr>
          </thead>
          <tbody>
            {scales.impactDimensions.map((d, i) => (
              <tr key={d.id}>
                <td>
                  <input type="checkbox" aria-label={`${d.label}: ${t('scales.enabled')}`} checked={d.enabled} onChange={(e) => dim(i, { enabled: e.target.checked })} />
                </td>
                <td>
                  <input aria-label={`${t('scales.dimension')} ${i + 1}`} value={d.label} maxLength={100} onChange={(e) => dim(i, { label: e.target.value })} />
                </td>
                <td>
                  <input type="number" className="num" min={0} max={100} step={0.5} aria-label={`${d.label}: ${t('scales.weight')}`} value={d.weight} onChange={(e) => dim(i, { weight: Math.max(0, Math.min(100, Number(e.target.value) || 0)) })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <fieldset className="scale-criteria">
        <legend>{t('scales.criteria')}</legend>
        <table className="settings-table">
          <thead>
            <tr>
              <th scope="col">{t('scales.enabled')}</th>
              <th scope="col">{t('scales.criterion')}</th>
              <th scope="col">{t('scales.options')}</th>
            </tr>
          </thead>
          <tbody>
            {scales.criteria.map((c, i) => (
              <tr key={c.id}>
                <td>
                  <input type="checkbox" aria-label={`${c.label}: ${t('scales.enabled')}`} checked={c.enabled} onChange={(e) => crit(i, { enabled: e.target.checked })} />
                </td>
                <td>
                  <input aria-label={`${t('scales.criterion')} ${i + 1}`} value={c.label} maxLength={100} onChange={(e) => crit(i, { label: e.target.value })} />
                </td>
                <td>
                  <input
                    key={c.options.join(';')}
                    className="wide"
                    aria-label={`${c.label}: ${t('scales.options')}`}
                    defaultValue={c.options.join('; ')}
                    onBlur={(e) => crit(i, { options: e.target.value.split(';').map((o) => o.trim()).filter(Boolean).slice(0, 10) })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
    </>
  );
}
