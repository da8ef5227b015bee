/** The partners who own measures: the default list, editable per project. */
import { useState } from 'react';
import { addPartner, deletePartner, updatePartner } from '../../../shared/model/ops/partners.ts';
import { DOMAINS, PARTNER_KINDS, type PartnerKind } from '../../../shared/model/vocab.ts';
import { useDocState, type CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { EditableText } from './EditableText.tsx';
import { SettingsTable } from './SettingsTable.tsx';
import { ChoiceSelect } from '../../panels/ChoiceSelect.tsx';

export function PartnersEditor({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const partners = useDocState((s) => s.doc?.partners ?? {});
  const measures = useDocState((s) => s.doc?.measures ?? {});
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PartnerKind>('municipality');
  const owned = (id: string) => Object.values(measures).filter((m) => m.ownerId === id).length;
  const sorted = Object.values(partners).sort((a, b) => PARTNER_KINDS.indexOf(a.kind) - PARTNER_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'nl'));

  return (
    <section className="settings-section" aria-labelledby="partners-title">
      <h2 id="partners-title">{t('settings.partners')}</h2>
      <SettingsTable headers={[t('partners.name'), t('partners.kind'), t('partners.domain'), t('partners.role'), t('partners.measures')]}>
        {sorted.map((p) => (
          <tr key={p.id}>
            <td>
              <EditableText value={p.name} label={t('partners.name')} required onCommit={(v) => ctx.useDoc.getState().edit(t('partners.edit'), (d) => updatePartner(d, p.id, { name: v }))} />
            </td>
            <td>
              <ChoiceSelect
                aria-label={t('partners.kind')}
                value={p.kind}
                options={PARTNER_KINDS}
                optionKey={(k) => `vocab.partnerKind.${k}`}
                onCommit={(k) => k && ctx.useDoc.getState().edit(t('partners.edit'), (d) => updatePartner(d, p.id, { kind: k }))}
              />
            </td>
            <td>
              <ChoiceSelect
                aria-label={t('partners.domain')}
                value={p.domain}
                options={DOMAINS}
                optionKey={(k) => `vocab.domain.${k}`}
                emptyLabel="–"
                onCommit={(k) => ctx.useDoc.getState().edit(t('partners.edit'), (d) => updatePartner(d, p.id, { domain: k }))}
              />
            </td>
            <td>
              <EditableText value={p.role} label={t('partners.role')} onCommit={(v) => ctx.useDoc.getState().edit(t('partners.edit'), (d) => updatePartner(d, p.id, { role: v }))} />
            </td>
            <td className="col-num">{owned(p.id)}</td>
            <td>
              <button
                type="button"
                aria-label={`${t('settings.delete')}: ${p.name}`}
                onClick={() => (owned(p.id) === 0 || window.confirm(t('partners.confirmDelete', { name: p.name, count: owned(p.id) }))) && ctx.useDoc.getState().edit(t('partners.delete'), (d) => deletePartner(d, p.id))}
              >
                {t('settings.delete')}
              </button>
            </td>
          </tr>
        ))}
      </SettingsTable>
      <form
        className="settings-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          ctx.useDoc.getState().edit(t('partners.add'), (d) => addPartner(d, { name: name.trim(), kind }));
          setName('');
        }}
      >
        <input aria-label={t('partners.name')} placeholder={t('partners.name')} value={name} onChange={(e) => setName(e.target.value)} />
        <ChoiceSelect aria-label={t('partners.kind')} value={kind} options={PARTNER_KINDS} optionKey={(k) => `vocab.partnerKind.${k}`} onCommit={(k) => k && setKind(k)} />
        <button type="submit" disabled={!name.trim()}>
          {t('partners.add')}
        </button>
      </form>
    </section>
  );
}
