/**
 * The "Bevindingen" strip under the canvas: the method-rule findings of the open risk, grouped by
 * severity, live as the bow-tie is edited. Clicking a finding (or Enter on it) selects its
 * element on the canvas; "Negeren" asks for an optional reason and ignores it — kept in the project,
 * so it stays ignored after saving and reopening — and the ignored ones are listed with who, when
 * and why, each with "Terugzetten". Not shown in the projector theme.
 */
import { useEffect, useRef, useState } from 'react';
import { ruleTitleKey, type Finding } from '../../../shared/rules/finding.ts';
import { canvasBridge } from '../../canvas/canvasBridge.ts';
import { useServices } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { DismissForm } from './DismissForm.tsx';
import { DismissedList } from './DismissedList.tsx';
import { ignoreFinding } from './dismissFinding.ts';
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
  const services = useServices();
  const open = useFindings((s) => s.open);
  const showDismissed = useFindings((s) => s.showDismissed);
  const selection = useUi((s) => s.selection);
  const { shown, dismissed, rulesWaiting } = useRiskFindings(riskId);
  const [asking, setAsking] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  // After an ignore the item goes away once the (deferred) findings catch up: then keep the
  // keyboard in the list, on the finding that took its place (or on the toggle).
  const focusAfter = useRef<number | null>(null);
  useEffect(() => {
    const index = focusAfter.current;
    if (index === null) return;
    focusAfter.current = null;
    const items = listRef.current?.querySelectorAll<HTMLButtonElement>('.findings-go');
    const next = items?.[Math.min(index, items.length - 1)] ?? toggleRef.current;
    next?.focus();
  }, [shown]);

  const dismiss = async (f: Finding, index: number, reason: string) => {
    setAsking(null);
    focusAfter.current = index;
    await ignoreFinding(services, riskId, f, reason);
  };
  const cancel = (key: string) => {
    setAsking(null);
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLButtonElement>(`.findings-item[data-key="${CSS.escape(key)}"] .findings-dismiss`)?.focus());
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
          aria-keyshortcuts="Alt+B"
          title={`${t('findings.toggle')} (Alt+B)`}
          onClick={() => useFindings.getState().setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('findings.title')}
          <span className={`findings-badge${shown.some((f) => f.severity === 'warning') ? ' has-warning' : ''}`} data-testid="findings-count">
            {shown.length}
          </span>
        </button>
        {dismissed.length > 0 && (
          <button
            type="button"
            className="findings-restore"
            aria-expanded={open && showDismissed}
            aria-controls="findings-dismissed"
            onClick={() => {
              useFindings.getState().setShowDismissed(!(open && showDismissed));
              useFindings.getState().setOpen(true);
            }}
          >
            {t('findings.dismissedToggle', { count: dismissed.length })}
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
                    <li key={f.key} className="findings-item" aria-current={target !== null && target === selection ? 'true' : undefined} data-rule={f.ruleId} data-key={f.key}>
                      <button type="button" className="findings-go" disabled={target === null} onClick={() => target && goTo(target)} title={t(ruleTitleKey(f.ruleId))}>
                        <span className="findings-rule">{f.ruleId}</span> <span id={textId}>{t(f.messageKey, f.params)}</span>
                      </button>
                      {asking === f.key ? (
                        <DismissForm describedBy={textId} onConfirm={(reason) => void dismiss(f, i, reason)} onCancel={() => cancel(f.key)} />
                      ) : (
                        <button type="button" className="findings-dismiss" aria-describedby={textId} onClick={() => setAsking(f.key)}>
                          {t('findings.dismiss')}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
          {showDismissed && dismissed.length > 0 && (
            <DismissedList riskId={riskId} dismissed={dismissed} onEmpty={() => requestAnimationFrame(() => toggleRef.current?.focus())} />
          )}
        </div>
      )}
    </section>
  );
}
