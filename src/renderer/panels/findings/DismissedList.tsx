/** The ignored findings of the open risk, each with who ignored it, when and why, and "Terugzetten". */
import { useServices } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { bringBackFinding } from './dismissFinding.ts';
import type { RiskFindings } from './useRiskFindings.ts';

function when(at: string, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
}

export function DismissedList({ riskId, dismissed, onEmpty }: { riskId: string; dismissed: RiskFindings['dismissed']; onEmpty: () => void }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { useDoc } = useServices();
  return (
    <div id="findings-dismissed" className="findings-group findings-dismissed" data-testid="findings-dismissed">
      <h3 id="findings-dismissed-title">{t('findings.dismissedTitle', { count: dismissed.length })}</h3>
      <ul aria-labelledby="findings-dismissed-title">
        {dismissed.map(({ finding: f, record: r }) => {
          const textId = `finding-dismissed-${f.key}`;
          const at = when(r.at, lang);
          return (
            <li key={f.key} className="findings-item" data-rule={f.ruleId}>
              <span className="findings-text" id={textId}>
                <span className="findings-rule">{f.ruleId}</span> {t(f.messageKey, f.params)}
                <span className="findings-meta">
                  {r.by ? t('findings.dismissedBy', { by: r.by, at }) : t('findings.dismissedAt', { at })}
                  {r.reason && <> · {t('findings.reason', { reason: r.reason })}</>}
                </span>
              </span>
              <button
                type="button"
                className="findings-dismiss"
                aria-describedby={textId}
                onClick={() => {
                  bringBackFinding(useDoc, riskId, f.key);
                  if (dismissed.length === 1) onEmpty();
                }}
              >
                {t('findings.restoreOne')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
