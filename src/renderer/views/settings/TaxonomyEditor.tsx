/**
 * The safety fields and themes: the Kernbeleid Veiligheid as default, with the project's own
 * fields and themes next to them. Rename, recode, add, delete (risks move up to the field).
 */
import { useState } from 'react';
import type { Theme } from '../../../shared/model/entities.ts';
import { addTheme, deleteTheme, updateTheme } from '../../../shared/model/ops/themes.ts';
import { useDocState, type CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { EditableText } from './EditableText.tsx';

function AddTheme({ label, onAdd }: { label: string; onAdd(name: string): void }) {
  const [name, setName] = useState('');
  return (
    <form
      className="settings-add"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        onAdd(name.trim());
        setName('');
      }}
    >
      <input aria-label={label} placeholder={label} value={name} onChange={(e) => setName(e.target.value)} />
      <button type="submit" disabled={!name.trim()}>
        {label}
      </button>
    </form>
  );
}

export function TaxonomyEditor({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const themes = useDocState((s) => s.doc?.themes ?? {});
  const risks = useDocState((s) => s.doc?.risks ?? {});
  const all = Object.values(themes).sort((a, b) => a.order - b.order);
  const fields = all.filter((x) => x.parentId === null);
  const usage = (id: string) => Object.values(risks).filter((r) => r.themeId === id || all.some((x) => x.parentId === id && x.id === r.themeId)).length;

  const row = (x: Theme, isField: boolean) => (
    <li key={x.id} className={isField ? 'taxonomy-field' : 'taxonomy-theme'}>
      <EditableText className="code" value={x.code} label={`${t('taxonomy.code')}: ${x.label}`} required onCommit={(v) => ctx.useDoc.getState().edit(t('taxonomy.edit'), (d) => updateTheme(d, x.id, { code: v }))} />
      <EditableText className="label" value={x.label} label={`${t('taxonomy.label')}: ${x.code}`} required onCommit={(v) => ctx.useDoc.getState().edit(t('taxonomy.edit'), (d) => updateTheme(d, x.id, { label: v }))} />
      <span className="usage">{t('taxonomy.usage', { count: usage(x.id) })}</span>
      <button
        type="button"
        aria-label={`${t('settings.delete')}: ${x.label}`}
        onClick={() => (usage(x.id) === 0 || window.confirm(t('taxonomy.confirmDelete', { label: x.label, count: usage(x.id) }))) && ctx.useDoc.getState().edit(t('taxonomy.delete'), (d) => deleteTheme(d, x.id))}
      >
        {t('settings.delete')}
      </button>
    </li>
  );

  return (
    <section className="settings-section" aria-labelledby="taxonomy-title">
      <h2 id="taxonomy-title">{t('settings.taxonomy')}</h2>
      <p className="hint">{t('taxonomy.hint')}</p>
      <ul className="taxonomy">
        {fields.map((f) => (
          <li key={f.id} className="taxonomy-group">
            <ul>
              {row(f, true)}
              {all.filter((x) => x.parentId === f.id).map((x) => row(x, false))}
            </ul>
            <AddTheme label={t('taxonomy.addTheme')} onAdd={(label) => ctx.useDoc.getState().edit(t('taxonomy.addTheme'), (d) => addTheme(d, { label, parentId: f.id }))} />
          </li>
        ))}
      </ul>
      <AddTheme label={t('taxonomy.addField')} onAdd={(label) => ctx.useDoc.getState().edit(t('taxonomy.addField'), (d) => addTheme(d, { label }))} />
    </section>
  );
}
