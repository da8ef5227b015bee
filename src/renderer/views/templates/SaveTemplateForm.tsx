/** Saves the open bow-tie as an own template in the user data folder (listed beside the bundled ones). */
import { useState } from 'react';
import { templateFromRisk } from '../../../shared/templates/fromRisk.ts';
import { ClientError } from '../../api/client.ts';
import type { CommandContext } from '../../AppContext.tsx';
import { errorMessage, useT } from '../../i18n/useT.ts';
import { useTemplateDialog } from './templateStore.ts';

export function SaveTemplateForm({ ctx, riskId }: { ctx: CommandContext; riskId: string }) {
  const t = useT();
  const [title, setTitle] = useState(() => ctx.useDoc.getState().doc?.risks[riskId]?.title ?? '');
  const [busy, setBusy] = useState(false);

  async function save() {
    const doc = ctx.useDoc.getState().doc;
    if (!doc || !title.trim()) return;
    setBusy(true);
    try {
      const template = templateFromRisk(doc, riskId, title.trim());
      await ctx.call('templates.save', { template });
      ctx.notify(t('templates.saved', { title: title.trim() }));
      useTemplateDialog.getState().close();
    } catch (err) {
      ctx.notify(err instanceof ClientError ? errorMessage(t, err.data) : t('error.template.invalid', { reason: err instanceof Error ? err.message : String(err) }), 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="template-save"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p className="template-intro">{t('templates.saveIntro')}</p>
      <label>
        {t('templates.name')}
        <input autoFocus value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={busy || !title.trim()}>
        {t('templates.saveButton')}
      </button>
    </form>
  );
}
