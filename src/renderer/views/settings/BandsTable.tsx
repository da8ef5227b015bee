/** The risk bands: name, score range and colour (shown with its pattern as in the matrix). */
import type { Band } from '../../../shared/model/scalesSchema.ts';
import { useT } from '../../i18n/useT.ts';
import { bandStyle } from '../matrix/bandStyle.ts';
import { SettingsTable } from './SettingsTable.tsx';

export function BandsTable({ bands, onChange }: { bands: Band[]; onChange(next: Band[]): void }) {
  const t = useT();
  const set = (i: number, patch: Partial<Band>) => onChange(bands.map((b, k) => (k === i ? { ...b, ...patch } : b)));
  const num = (v: string) => Math.max(0, Math.min(1000, Math.round(Number(v) || 0)));
  const fresh = (): Band => {
    const top = Math.max(0, ...bands.map((b) => b.max));
    let n = bands.length + 1;
    while (bands.some((b) => b.id === `band${n}`)) n++;
    return { id: `band${n}`, label: t('scales.band.new'), min: top + 1, max: top + 1, color: '#9e9e9e' };
  };
  return (
    <fieldset className="scale-bands">
      <legend>{t('scales.bands')}</legend>
      <SettingsTable headers={[t('scales.band.label'), t('scales.band.min'), t('scales.band.max'), t('scales.band.color'), t('scales.band.preview')]}>
        {bands.map((b, i) => (
          <tr key={b.id}>
            <td>
              <input aria-label={`${t('scales.band.label')} ${i + 1}`} value={b.label} maxLength={100} onChange={(e) => set(i, { label: e.target.value })} />
            </td>
            <td>
              <input type="number" className="num" aria-label={`${b.label}: ${t('scales.band.min')}`} value={b.min} min={0} onChange={(e) => set(i, { min: num(e.target.value) })} />
            </td>
            <td>
              <input type="number" className="num" aria-label={`${b.label}: ${t('scales.band.max')}`} value={b.max} min={0} onChange={(e) => set(i, { max: num(e.target.value) })} />
            </td>
            <td>
              <input type="color" aria-label={`${b.label}: ${t('scales.band.color')}`} value={b.color} onChange={(e) => set(i, { color: e.target.value })} />
            </td>
            <td>
              <span className="band-chip" style={bandStyle(b, bands)}>
                {b.label}
              </span>
            </td>
            <td>
              <button type="button" disabled={bands.length <= 1} onClick={() => onChange(bands.filter((_, k) => k !== i))} aria-label={`${t('settings.delete')}: ${b.label}`}>
                {t('settings.delete')}
              </button>
            </td>
          </tr>
        ))}
      </SettingsTable>
      <button type="button" disabled={bands.length >= 10} onClick={() => onChange([...bands, fresh()])}>
        {t('scales.band.add')}
      </button>
    </fieldset>
  );
}
