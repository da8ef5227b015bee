/** The classes of one scale (likelihood or impact): how many, their codes, labels and anchors. */
import type { ScaleClass, Scales } from '../../../shared/model/scalesSchema.ts';
import { resizeScale } from '../../../shared/register/presets.ts';
import { useT } from '../../i18n/useT.ts';

export function ScaleClassesTable({ title, classes, preset, onChange }: { title: string; classes: ScaleClass[]; preset: Scales['preset']; onChange(next: ScaleClass[]): void }) {
  const t = useT();
  const set = (i: number, patch: Partial<ScaleClass>) => onChange(classes.map((c, k) => (k === i ? { ...c, ...patch } : c)));
  const id = title.replace(/\W/g, '');
  return (
    <fieldset className="scale-classes">
      <legend>{title}</legend>
      <label htmlFor={`${id}-count`} className="inline">
        {t('scales.classes')}{' '}
        <select id={`${id}-count`} value={classes.length} onChange={(e) => onChange(resizeScale(classes, Number(e.target.value), preset))}>
          {[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <table className="settings-table">
        <thead>
          <tr>
            <th scope="col">{t('scales.code')}</th>
            <th scope="col">{t('scales.classLabel')}</th>
            <th scope="col">{t('scales.anchor')}</th>
          </tr>
        </thead>
        <tbody>
          {classes.map((c, i) => (
            <tr key={c.value}>
              <td>
                <input className="code" aria-label={`${title} ${c.value}: ${t('scales.code')}`} value={c.code} maxLength={4} onChange={(e) => set(i, { code: e.target.value })} />
              </td>
              <td>
                <input aria-label={`${title} ${c.value}: ${t('scales.classLabel')}`} value={c.label} maxLength={100} onChange={(e) => set(i, { label: e.target.value })} />
              </td>
              <td>
                <input className="wide" aria-label={`${title} ${c.value}: ${t('scales.anchor')}`} value={c.anchor} maxLength={500} onChange={(e) => set(i, { anchor: e.target.value })} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
