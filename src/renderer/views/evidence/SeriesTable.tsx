/** A table of evidence series: one row per area and kind, a column per period, the trend, the source. */
import type { FigureSeries } from '../../../shared/evidence/figures.ts';
import { periodLabel } from '../../../shared/evidence/periods.ts';
import { useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { citation } from '../../../shared/evidence/citation.ts';
import { Trend } from './Trend.tsx';

/** Keeps tables readable: at most this many periods as columns (the latest ones). */
const MAX_PERIODS = 12;

export function SeriesTable({ series, label }: { series: FigureSeries[]; label: string }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  if (series.length === 0) return <p className="evidence-none">{t('evidence.noFigures')}</p>;
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort().slice(-MAX_PERIODS);
  const sources = [...new Map(series.map((s) => [s.tableId, s])).values()];
  return (
    <figure className="evidence-figure">
      <table className="evidence-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{t('evidence.col.area')}</th>
            <th scope="col">{t('evidence.col.kind')}</th>
            {periods.map((p) => (
              <th key={p} scope="col" className="num">
                {periodLabel(p, lang)}
              </th>
            ))}
            <th scope="col">{t('evidence.col.trend')}</th>
          </tr>
        </thead>
        <tbody>
          {series.map((s) => {
            const byPeriod = new Map(s.points.map((p) => [p.period, p.value]));
            const name = s.areaName ? `${s.areaName} (${s.area})` : s.area;
            return (
              <tr key={`${s.tableId}|${s.area}|${s.kind}|${s.measure}`} className={s.smallCounts ? 'is-small' : undefined}>
                <th scope="row">
                  {name}
                  {s.smallCounts && (
                    <span className="evidence-small" title={t('evidence.smallCounts')}>
                      {' '}
                      ⚠ {t('evidence.small')}
                    </span>
                  )}
                </th>
                <td>{s.kindName}</td>
                {periods.map((p) => {
                  const v = byPeriod.get(p);
                  return (
                    <td key={p} className="num">
                      {v === undefined ? '' : v === null ? '.' : v.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB')}
                    </td>
                  );
                })}
                <td>
                  <Trend values={periods.map((p) => byPeriod.get(p) ?? null)} title={t('evidence.trendTitle', { kind: s.kindName, area: name })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <figcaption>
        {sources.map((s) => (
          <span key={s.tableId} className="evidence-cite">
            {citation(s, lang)}
          </span>
        ))}
        {series.some((s) => s.smallCounts) && <span className="evidence-caveat">{t('evidence.smallCounts')}</span>}
      </figcaption>
    </figure>
  );
}
