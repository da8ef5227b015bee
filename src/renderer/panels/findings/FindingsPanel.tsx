/**
 * The "Bevindingen" strip under the canvas: the method-rule findings of the open risk, grouped by
 * severity, live as the bow-tie is edited. Clicking a finding (or Enter on it) selects its
 * element on the canvas; "Negeren" hides it for this session. Not shown in the projector theme.
 */
import { useRef } from 'react';
import { ruleTitleKey, type Finding } from '../../../shared/rules/finding.ts';
import { canvasBridge } from '../../canvas/canvasBridge.ts';
import { useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { findingTarget, groupFindings } from './findingTarget.ts';
import { useFindings } from './findingsStore.ts';
import { useRiskFindings } from './useRiskFindings.ts';

/** Selects the element on the canvas, scrolls it into view and puts the keyboard on it. */
function goTo(key: string): void {
  useUi.getState().select(key);
  canvasBridge.get()?.reveal(key);
  canvasBridge.get()?.focus(key);
}

export function FindingsPanel({ riskId }: { riskId: string }) {
  const t = useT();
  const open = useFindings((s) => s.open);
  const selection = useUi((s) => s.selection);
  const { shown, dismissedKeys, rulesWaiting } = useRiskFindings(riskId);
  const listRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  const dismiss = (f: Finding, index: number) => {
    useFindings.getState().dismiss(f.key);
    // The item goes away: keep the keyboard in the list, on the next finding (or the toggle).
    requestAnimationFrame(() => {
      const items = listRef.current?.querySelectorAll<HTMLButtonElement>('.findings-go');
      const next = items?.[Math.min(index, items.length - 1)] ?? toggleRef.current;
      next?.focus();
    });
  };

  let index = 0;
  return (
    <section className="findings" aria-label={t('findings.title')} data-testid="findings">
      <div className="findings-bar">
        <button
          ref={toggleRef}
          type="button"
          className="findings-toggle"
          aria-expanded={open}
          aria-controls="findings-list"
          aria-keyshortcuts="Shift+B"
          title={`${t('findings.toggle')} (Shift+B)`}
          onClick={() => useFindings.getState().setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('findings.title')}
          <span className={`findings-badge${shown.some((f) => f.severity === 'warning') ? ' has-warning' : ''}`} data-testid="findings-count">
            {shown.length}
          </span>
        </button>
        {dismissedKeys.length > 0 && (
          <button type="button" className="findings-restore" title={t('findings.sessionOnly')} onClick={() => useFindings.getState().restore(dismissedKeys)}>
            {t('findings.restore', { count: dismissedKeys.length })}
          </button>
        )}
      </div>
      {open && (
        <div id="findings-list" className="findings-list" ref={listRef}>
          {rulesWaiting && <p className="findings-none">{t('findings.longlist')}</p>}
          {shown.length === 0 && !rulesWaiting && <p className="findings-none">{t('findings.none')}</p>}
          {groupFindings(shown).map((g) => (
            <div key={g.severity} className={`findings-group is-${g.severity}`}>
              <h3 id={`findings-${g.severity}`}>
                {t(g.severity === 'warning' ? 'findings.warning' : 'findings.info')} ({g.findings.length})
              </h3>
              <ul aria-labelledby={`findings-${g.severity}`}>
                {g.findings.map((f) => {
                  const i = index++;
                  const target = findingTarget(f);
                  const textId = `finding-${i}`;
                  return (
                    <li key={f.key} className="findings-item" aria-current={target !== null && target === selection ? 'true' : undefined} data-rule={f.ruleId}>
                      <button type="button" className="findings-go" disabled={target === null} onClick={() => target && goTo(target)} title={t(ruleTitleKey(f.ruleId))}>
                        <span className="findings-rule">{f.ruleId}</span> <span id={textId}>{t(f.messageKey, f.params)}</span>
                      </button>
                      <button type="button" className="findings-dismiss" aria-describedby={textId} onClick={() => dismiss(f, i)}>
                        {t('findings.dismiss')}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
