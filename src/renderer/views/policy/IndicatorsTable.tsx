/** The IVP indicators of a risk as an editable table: indicator, source, baseline (year), target, measured. */
import type { Indicator } from '../../../shared/model/entities.ts';
import { addIndicator, removeIndicator, updateIndicator, type IndicatorPatch } from '../../../shared/model/ops/indicators.ts';
import { type CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { EditableText } from '../settings/EditableText.tsx';

const TEXT_COLUMNS = ['indicator', 'source', 'baseline', 'target', 'measureMoment'] as const;

function yearProblem(v: string): string | null {
  if (v.trim() === '') return null;
  const n = Number(v);
  return Number.isInteger(n) && n >= 1900 && n <= 2200 ? null : '1900–2200';
}

export function IndicatorsTable({ ctx, riskId, indicators }: { ctx: CommandContext; riskId: string; indicators: readonly Indicator[] }) {
  const t = useT();
  const edit = (id: string, patch: IndicatorPatch) => ctx.useDoc.getState().edit(t('policy.indicator.edit'), (d) => updateIndicator(d, riskId, id, patch), { riskId });
  const columns = [...TEXT_COLUMNS.slice(0, 3), 'baselineYear', ...TEXT_COLUMNS.slice(3)] as const;
  return (
    <div className="policy-indicators">
      {indicators.length > 0 && (
        <table className="settings-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col">
                  {t(`policy.indicator.${c}`)}
                </th>
              ))}
              <th scope="col">{t('settings.delete')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((ind, row) => (
              <tr key={ind.id}>
                {columns.map((c) =>
                  c === 'baselineYear' ? (
                    <td key={c}>
                      <EditableText
                        className="year"
                        value={ind.baselineYear === null ? '' : String(ind.baselineYear)}
                        label={`${t('policy.indicator.baselineYear')} ${row + 1}`}
                        validate={yearProblem}
                        onCommit={(v) => edit(ind.id, { baselineYear: v === '' ? null : Number(v) })}
                      />
                    </td>
                  ) : (
                    <td key={c}>
                      <EditableText value={ind[c]} label={`${t(`policy.indicator.${c}`)} ${row + 1}`} required={c === 'indicator'} onCommit={(v) => edit(ind.id, { [c]: v })} />
                    </td>
                  ),
                )}
                <td>
                  <button type="button" aria-label={t('policy.indicator.remove', { name: ind.indicator })} onClick={() => ctx.useDoc.getState().edit(t('policy.indicator.remove', { name: ind.indicator }), (d) => removeIndicator(d, riskId, ind.id), { riskId })}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => ctx.useDoc.getState().edit(t('policy.indicator.add'), (d) => addIndicator(d, riskId, { indicator: t('policy.indicator.new') }), { riskId })}>
        {t('policy.indicator.add')}
      </button>
    </div>
  );
}
