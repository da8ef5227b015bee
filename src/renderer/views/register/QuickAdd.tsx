/**
 * Adds risks fast: type a title, Enter, type the next. A risk lands in the field or theme the
 * register is filtered on, so a workshop can fill one field at a time.
 */
import { useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import { quickAddRisk } from './registerEdits.ts';
import { useRegisterView } from './registerStore.ts';
import type { CommandContext } from '../../AppContext.tsx';

export function QuickAdd({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const [title, setTitle] = useState('');
  const themeId = useRegisterView((s) => s.filter.themeId ?? s.filter.fieldId);
  return (
    <form
      className="quick-add"
      onSubmit={(e) => {
        e.preventDefault();
        const value = title.trim();
        if (!value) return;
        const id = quickAddRisk(ctx.useDoc, t('risk.add'), value, themeId);
        if (id) useRegisterView.getState().setActive({ riskId: id, col: 'title' });
        setTitle('');
      }}
    >
      <label htmlFor="register-quick-add">{t('register.add.label')}</label>
      <input id="register-quick-add" value={title} placeholder={t('register.add.placeholder')} onChange={(e) => setTitle(e.target.value)} />
      <button type="submit">{t('risk.add')}</button>
    </form>
  );
}
