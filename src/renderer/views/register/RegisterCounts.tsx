/** The numbers a workshop reports: how many risks, per priority advice and selected for a bow-tie. */
import type { RegisterCounts as Counts } from '../../../shared/register/counts.ts';
import { PRIORITY_ADVICE } from '../../../shared/model/vocab.ts';
import { useT } from '../../i18n/useT.ts';

export function RegisterCounts({ all, shown }: { all: Counts; shown: number }) {
  const t = useT();
  return (
    <div className="register-counts" aria-live="polite" data-testid="register-counts">
      <strong>{shown === all.total ? t('register.total', { count: all.total }) : t('register.showing', { shown, total: all.total })}</strong>
      {PRIORITY_ADVICE.map((p) => (
        <span key={p} className={`count count-${p}`}>
          {t(`vocab.priorityAdvice.${p}`)}: <b>{all.priority[p]}</b>
        </span>
      ))}
      <span className="count">
        {t('register.counts.selected')}: <b>{all.status.selected + all.status.workedOut}</b> ({t('vocab.riskStatus.workedOut').toLowerCase()}: {all.status.workedOut})
      </span>
      <span className="count">
        {t('register.counts.scored')}: <b>{all.scored}</b>
      </span>
      {all.review > 0 && (
        <span className="count count-review">
          ⚠ {t('register.counts.review')}: <b>{all.review}</b>
        </span>
      )}
    </div>
  );
}
