/**
 * The owner of a measure: pick a partner, or type a new one (added and chosen in one edit).
 * One choice is one edit: what the keyboard runs through in the closed list (type-ahead,
 * arrows) is only shown until Enter or leaving the list stores it; Escape puts it back. A
 * pick with the mouse is stored at once.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
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
  // The option the keyboard is on but that is not stored yet (null: none).
  const [pending, setPending] = useState<string | null>(null);
  const lastKey = useRef(0);
  const select = useRef<HTMLSelectElement>(null);
  const stored = measure.ownerId ?? '';

  const choose = (value: string) => {
    setPending(null);
    if (value === NEW) return setAdding(true);
    setAdding(false);
    const ownerId = value || null;
    if (ownerId !== measure.ownerId) ctx.useDoc.getState().edit(t('inspector.owner'), (d) => updateMeasure(d, measure.id, { ownerId }), { riskId });
  };
  // Leaving the list stores what the keyboard was on, except the "new partner" entry.
  const settle = () => {
    if (pending !== null && pending !== NEW) choose(pending);
    else setPending(null);
  };
  const settleRef = useRef(settle);
  settleRef.current = settle;
  useEffect(() => () => settleRef.current(), []);

  const onKeyDown = (e: KeyboardEvent<HTMLSelectElement>) => {
    lastKey.current = performance.now();
    if (e.key === 'Enter' && pending !== null) {
      e.preventDefault();
      choose(pending);
    } else if (e.key === 'Escape' && pending !== null) {
      e.preventDefault();
      e.stopPropagation();
      setPending(null);
    }
  };

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
    // The keyboard stays in the inspector, on the list that now shows the new partner.
    requestAnimationFrame(() => select.current?.focus());
  };

  return (
    <div className="insp-row">
      <label htmlFor={id}>{t('inspector.owner')}</label>
      <select
        ref={select}
        id={id}
        value={adding ? NEW : (pending ?? stored)}
        onKeyDown={onKeyDown}
        onBlur={settle}
        onChange={(e) => {
          // A change right after a key on the closed list is the keyboard passing by.
          if (performance.now() - lastKey.current < 100) setPending(e.target.value === stored ? null : e.target.value);
          else choose(e.target.value);
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
          <input autoFocus aria-label={t('inspector.ownerNewName')} placeholder={t('inspector.ownerNewName')} value={name} maxLength={300} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => {
              if (e.key !== 'Escape') return;
              e.stopPropagation();
              setAdding(false);
              requestAnimationFrame(() => select.current?.focus());
            }} />
          <button type="submit">{t('inspector.ownerCreate')}</button>
        </form>
      )}
    </div>
  );
}
