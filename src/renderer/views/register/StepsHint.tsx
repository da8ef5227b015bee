/**
 * A short line on the steps of the method (inventory → score → select → bow-ties → report) at
 * the top of the register, where a new project opens. Hidden for good once dismissed (remembered
 * on this computer).
 */
import { useState } from 'react';
import { useT } from '../../i18n/useT.ts';

const KEY = 'vlinder.stepsHidden';

function hidden(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function StepsHint() {
  const t = useT();
  const [gone, setGone] = useState(hidden);
  if (gone) return null;
  const dismiss = () => {
    try {
      localStorage.setItem(KEY, '1');
    } catch {
      /* no storage: hidden until the next start */
    }
    setGone(true);
  };
  return (
    <aside className="steps-hint" aria-label={t('steps.label')}>
      <span>{t('steps.text')}</span>
      <button type="button" onClick={dismiss}>
        {t('steps.dismiss')}
      </button>
    </aside>
  );
}
