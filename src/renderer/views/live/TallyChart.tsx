/**
 * The distribution of the votes on one criterion: one horizontal bar per scale word (long words
 * fit on a projector), with its count; the median is marked by a pattern and underlined label,
 * not by colour alone.
 */
import type { Tally } from '../../../shared/live/stats.ts';
import type { LiveCriterion } from '../../../shared/live/content.ts';
import { useT } from '../../i18n/useT.ts';

export function TallyChart({ criterion, tally }: { criterion: LiveCriterion; tally: Tally }) {
  const t = useT();
  const max = Math.max(1, ...tally.counts);
  return (
    <ul className="live-chart" aria-label={t('live.chart', { criterion: criterion.label, count: tally.n })}>
      {criterion.options.map((o, i) => {
        const count = tally.counts[i] ?? 0;
        const isMedian = tally.median === o.value;
        return (
          <li key={o.value} className={isMedian ? 'median' : ''} aria-label={t('live.bar.value', { code: o.code, label: o.label, count }) + (isMedian ? ` (${t('live.median')})` : '')}>
            <span className="live-bar-label" aria-hidden="true">
              <b>{o.code}</b> {o.label}
            </span>
            <span className="live-bar-track" aria-hidden="true">
              <span className="live-bar" style={{ width: `${(count / max) * 100}%` }} />
            </span>
            <span className="live-bar-count" aria-hidden="true">
              {count}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
