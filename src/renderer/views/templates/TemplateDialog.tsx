/**
 * Bow-tie templates in the editor: choose one to apply to the open risk (the template of its
 * theme is offered first), or save the open bow-tie as an own template. Applying is one edit,
 * so one undo takes all of it away; what the project already has is linked, not duplicated.
 */
import { useEffect, useState } from 'react';
import { useModalDialog } from '../../panels/useModalDialog.ts';
import type { TemplateList } from '../../../shared/api/methods/content.ts';
import { applyTemplate } from '../../../shared/templates/applyTemplate.ts';
import { suggestTemplates } from '../../../shared/templates/suggest.ts';
import type { Template } from '../../../shared/templates/template.ts';
import { ClientError } from '../../api/client.ts';
import { useDocState } from '../../AppContext.tsx';
import type { CommandContext } from '../../AppContext.tsx';
import { errorMessage, useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { SaveTemplateForm } from './SaveTemplateForm.tsx';
import { useTemplateDialog } from './templateStore.ts';
import './templates.css';

export function TemplateDialog({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const { mode, riskId } = useTemplateDialog();
  const ref = useModalDialog(mode !== null);
  const [list, setList] = useState<TemplateList | null>(null);

  useEffect(() => {
    if (mode === 'apply') ctx.call('templates.list', {}).then(setList, (err: unknown) => ctx.notify(err instanceof ClientError ? errorMessage(t, err.data) : String(err), 'error'));
  }, [mode, ctx, t]);

  const close = () => useTemplateDialog.getState().close();
  return (
    <dialog ref={ref} className="template-dialog" aria-labelledby="template-title" onClose={close}>
      <header className="template-header">
        <h2 id="template-title">{mode === 'save' ? t('templates.saveTitle') : t('templates.title')}</h2>
        <button type="button" onClick={close}>
          {t('starter.close')}
        </button>
      </header>
      {mode === 'apply' && riskId && list && <TemplateChoice ctx={ctx} riskId={riskId} list={list} onDeleted={(id) => setList({ ...list, own: list.own.filter((x) => x.id !== id) })} />}
      {mode === 'save' && riskId && <SaveTemplateForm ctx={ctx} riskId={riskId} />}
    </dialog>
  );
}

function TemplateChoice({ ctx, riskId, list, onDeleted }: { ctx: CommandContext; riskId: string; list: TemplateList; onDeleted(id: string): void }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const doc = useDocState((s) => s.doc);
  if (!doc) return null;
  const ordered = suggestTemplates(doc, riskId, [...list.bundled, ...list.own]);
  const own = new Set(list.own.map((x) => x.id));

  function apply(template: Template) {
    const result = ctx.useDoc.getState().edit(t('templates.undo', { title: template.title[lang] }), (d) => applyTemplate(d, riskId, template), { riskId });
    useTemplateDialog.getState().close();
    if (!result) return;
    const a = result.added;
    const linked = result.linked.causes + result.linked.consequences + result.linked.measures;
    ctx.notify(t('templates.applied', { causes: a.causes, consequences: a.consequences, measures: a.measures, linked }));
  }

  async function remove(id: string) {
    await ctx.call('templates.delete', { id }).catch(() => undefined);
    onDeleted(id);
  }

  return (
    <>
      <p className="template-intro">{t('templates.intro')}</p>
      {list.problems.length > 0 && <p className="template-problem">{t('templates.problems', { files: list.problems.map((p) => p.file).join(', ') })}</p>}
      <ul className="template-list">
        {ordered.map(({ template, suggested }) => (
          <li key={template.id} className={suggested ? 'template-item is-suggested' : 'template-item'}>
            <div className="template-main">
              <strong>{template.title[lang]}</strong>
              {suggested && <span className="starter-tag">{t('templates.suggested')}</span>}
              {own.has(template.id) && <span className="starter-tag">{t('templates.own')}</span>}
              <span className="template-counts">{t('templates.counts', { causes: template.causes.length, consequences: template.consequences.length, measures: template.measures.length })}</span>
              <span className="template-event">{template.centralEvent}</span>
              {template.sources.length > 0 && <span className="template-sources">{t('templates.sources', { sources: template.sources.join('; ') })}</span>}
            </div>
            <div className="template-buttons">
              <button type="button" className="primary" onClick={() => apply(template)} aria-label={t('templates.applyOne', { title: template.title[lang] })}>
                {t('templates.applyButton')}
              </button>
              {own.has(template.id) && (
                <button type="button" onClick={() => void remove(template.id)} aria-label={t('templates.deleteOne', { title: template.title[lang] })}>
                  {t('templates.delete')}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
