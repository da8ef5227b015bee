/**
 * Picks the areas of one risk: a checklist of the project's areas plus a field to add a new
 * one. Each tick is one undoable edit. Escape or the close button returns to the table.
 */
import { useState } from 'react';
import type { RegisterRow } from '../../../shared/register/registerRows.ts';
import { useDocState, type CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { addAreaToRisk, patchRisk } from './registerEdits.ts';

export function AreasPicker({ ctx, row, onClose }: { ctx: CommandContext; row: RegisterRow; onClose(): void }) {
  const t = useT();
  const areas = useDocState((s) => s.doc?.areas ?? {});
  const ids = useDocState((s) => s.doc?.risks[row.risk.id]?.areaIds ?? []);
  const [name, setName] = useState('');
  const label = t('register.edit.cell', { code: row.risk.code, column: t('register.col.areas') });
  const sorted = Object.values(areas).sort((a, b) => a.name.localeCompare(b.name, 'nl'));

  const toggle = (id: string) => patchRisk(ctx.useDoc, label, row.risk.id, { areaIds: ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id] });

  return (
    <div
      className="areas-picker"
      role="group"
      aria-label={label}
      // Clicks inside the picker must not reach the table cell (which would reopen it).
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onClose();
      }}
    >
      <ul>
        {sorted.map((a, i) => (
          <li key={a.id}>
            <label>
              <input type="checkbox" autoFocus={i === 0} checked={ids.includes(a.id)} onChange={() => toggle(a.id)} /> {a.name}
            </label>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) addAreaToRisk(ctx.useDoc, label, row.risk.id, name.trim());
          setName('');
        }}
      >
        <input value={name} autoFocus={sorted.length === 0} placeholder={t('register.areas.new')} aria-label={t('register.areas.new')} onChange={(e) => setName(e.target.value)} />
        <button type="submit">{t('register.areas.add')}</button>
      </form>
      <button type="button" className="areas-close" onClick={onClose}>
        {t('register.areas.done')}
      </button>
    </div>
  );
}
