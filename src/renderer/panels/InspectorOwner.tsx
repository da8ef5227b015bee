/** The owner of a measure: pick a partner, or type a new one (added and chosen in one edit). */
import { useId, useMemo, useState } from 'react';
import type { Measure } from '../../shared/model/entities.ts';
import { addPartner } from '../../shared/model/ops/partners.ts';
import { updateMeasure } from '../../shared/model/ops/measures.ts';
import { useDocState, type CommandContext } from '../AppContext.tsx';
import { useT } from '../i18n/useT.ts';

const NEW = '__new__';

export function InspectorOwner({ ctx, measure, riskId }: { ctx: CommandContext; measure: Measure; riskId: string }) {
  const t = useT();
  const id = useId();
  const partners = useDocState((s) => s.doc?.partners);
  const sorted = useMemo(() => Object.values(partners ?? {}).sort((a, b) => a.name.localeCompare(b.name, 'nl')), [partners]);
  const [adding, setAdding] = useState(false);
  const [name, setName] = useState('');

  const create = () => {
    const value = name.trim();
    if (!value) return;
    ctx.useDoc.getState().edit(
      t('inspector.owner'),
      (d) => {
        const partnerId = addPartner(d, { name: value, kind: 'other' });
        updateMeasure(d, measure.id, { ownerId: partnerId });
      },
      { riskId },
    );
    setAdding(false);
    setName('');
  };

  return (
    <div className="insp-row">
      <label htmlFor={id}>{t('inspector.owner')}</label>
      <select
        id={id}
        value={adding ? NEW : (measure.ownerId ?? '')}
        onChange={(e) => {
          if (e.target.value === NEW) return setAdding(true);
          setAdding(false);
          const ownerId = e.target.value || null;
          if (ownerId !== measure.ownerId) ctx.useDoc.getState().edit(t('inspector.owner'), (d) => updateMeasure(d, measure.id, { ownerId }), { riskId });
        }}
      >
        <option value="">{t('inspector.notSet')}</option>
        {sorted.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
        <option value={NEW}>{t('inspector.ownerNew')}</option>
      </select>
      {adding && (
        <form
          className="insp-inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            create();
          }}
        >
          <input autoFocus aria-label={t('inspector.ownerNewName')} placeholder={t('inspector.ownerNewName')} value={name} maxLength={300} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setAdding(false)} />
          <button type="submit">{t('inspector.ownerCreate')}</button>
        </form>
      )}
    </div>
  );
}
