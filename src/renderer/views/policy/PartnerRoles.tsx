/** The partners of a risk's approach and their role (regie / uitvoering / informatie), with a note. */
import { useState } from 'react';
import type { PartnerRoleEntry } from '../../../shared/model/entities.ts';
import { updateRisk } from '../../../shared/model/ops/risks.ts';
import { PARTNER_ROLES, type PartnerRole } from '../../../shared/model/vocab.ts';
import { useDocState, type CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { EditableText } from '../settings/EditableText.tsx';

export function PartnerRoles({ ctx, riskId, roles }: { ctx: CommandContext; riskId: string; roles: readonly PartnerRoleEntry[] }) {
  const t = useT();
  const partners = useDocState((s) => s.doc?.partners ?? {});
  const [pick, setPick] = useState('');
  const set = (next: PartnerRoleEntry[]) => ctx.useDoc.getState().edit(t('policy.edit', { field: t('policy.partners') }), (d) => updateRisk(d, riskId, { partnerRoles: next }), { riskId });
  const change = (i: number, patch: Partial<PartnerRoleEntry>) => set(roles.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const free = Object.values(partners)
    .filter((p) => !roles.some((r) => r.partnerId === p.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return (
    <div className="policy-partners">
      {roles.length === 0 ? (
        <p className="hint">{t('policy.partner.none')}</p>
      ) : (
        <table className="settings-table">
          <tbody>
            {roles.map((r, i) => {
              const name = partners[r.partnerId]?.name ?? '?';
              return (
                <tr key={r.partnerId}>
                  <th scope="row">{name}</th>
                  <td>
                    <select aria-label={`${t('policy.partner.role')}: ${name}`} value={r.role} onChange={(e) => change(i, { role: e.target.value as PartnerRole })}>
                      {PARTNER_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`vocab.partnerRole.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <EditableText className="wide" value={r.note} label={`${t('policy.partner.note')} ${name}`} placeholder={t('policy.partner.note')} onCommit={(note) => change(i, { note })} />
                  </td>
                  <td>
                    <button type="button" aria-label={t('policy.partner.remove', { name })} onClick={() => set(roles.filter((_, j) => j !== i))}>
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div className="settings-add">
        <select aria-label={t('policy.partner.pick')} value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="">{t('policy.partner.pick')}</option>
          {free.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!pick}
          onClick={() => {
            set([...roles, { partnerId: pick, role: 'execution', note: '' }]);
            setPick('');
          }}
        >
          {t('policy.partner.add')}
        </button>
      </div>
    </div>
  );
}
