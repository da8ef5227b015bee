/**
 * The project's areas: gemeente, kernen, wijken, buurten and hot spots, with an optional CBS
 * code that is checked as it is typed (GM + 4, WK + 6 or BU + 8 digits).
 */
import { useState } from 'react';
import { addArea, deleteArea, updateArea } from '../../../shared/model/ops/areas.ts';
import { AREA_KINDS, CBS_CODE_RE, type AreaKind } from '../../../shared/model/vocab.ts';
import { useDocState, type CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { EditableText } from './EditableText.tsx';
import { SettingsTable } from './SettingsTable.tsx';
import { ChoiceSelect } from '../../panels/ChoiceSelect.tsx';

export function AreasEditor({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const areas = useDocState((s) => s.doc?.areas ?? {});
  const risks = useDocState((s) => s.doc?.risks ?? {});
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AreaKind>('district');
  const [cbs, setCbs] = useState('');
  const cbsProblem = (v: string) => (v.trim() === '' || CBS_CODE_RE.test(v.trim().toUpperCase()) ? null : t('areas.cbsInvalid'));
  const used = (id: string) => Object.values(risks).filter((r) => r.areaIds.includes(id)).length;
  const sorted = Object.values(areas).sort((a, b) => AREA_KINDS.indexOf(a.kind) - AREA_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'nl'));

  return (
    <section className="settings-section" aria-labelledby="areas-title">
      <h2 id="areas-title">{t('settings.areas')}</h2>
      <p className="hint">{t('areas.hint')}</p>
      {sorted.length === 0 ? (
        <p className="hint">{t('areas.none')}</p>
      ) : (
        <SettingsTable headers={[t('areas.name'), t('areas.kind'), t('areas.cbs'), t('settings.usage')]}>
          {sorted.map((a) => (
            <tr key={a.id}>
              <td>
                <EditableText value={a.name} label={t('areas.name')} required onCommit={(v) => ctx.useDoc.getState().edit(t('areas.edit'), (d) => updateArea(d, a.id, { name: v }))} />
              </td>
              <td>
                <ChoiceSelect
                  aria-label={t('areas.kind')}
                  value={a.kind}
                  options={AREA_KINDS}
                  optionKey={(k) => `vocab.areaKind.${k}`}
                  onCommit={(k) => k && ctx.useDoc.getState().edit(t('areas.edit'), (d) => updateArea(d, a.id, { kind: k }))}
                />
              </td>
              <td>
                <EditableText value={a.cbsCode ?? ''} label={t('areas.cbs')} placeholder="WK000000" validate={cbsProblem} onCommit={(v) => ctx.useDoc.getState().edit(t('areas.edit'), (d) => updateArea(d, a.id, { cbsCode: v ? v.toUpperCase() : null }))} />
              </td>
              <td className="col-num">{used(a.id)}</td>
              <td>
                <button
                  type="button"
                  onClick={() => (used(a.id) === 0 || window.confirm(t('areas.confirmDelete', { name: a.name, count: used(a.id) }))) && ctx.useDoc.getState().edit(t('areas.delete'), (d) => deleteArea(d, a.id))}
                  aria-label={`${t('settings.delete')}: ${a.name}`}
                >
                  {t('settings.delete')}
                </button>
              </td>
            </tr>
          ))}
        </SettingsTable>
      )}
      <form
        className="settings-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim() || cbsProblem(cbs)) return;
          ctx.useDoc.getState().edit(t('areas.add'), (d) => addArea(d, { name: name.trim(), kind, cbsCode: cbs.trim() ? cbs.trim().toUpperCase() : null }));
          setName('');
          setCbs('');
        }}
      >
        <input aria-label={t('areas.name')} placeholder={t('areas.name')} value={name} onChange={(e) => setName(e.target.value)} />
        <ChoiceSelect aria-label={t('areas.kind')} value={kind} options={AREA_KINDS} optionKey={(k) => `vocab.areaKind.${k}`} onCommit={(k) => k && setKind(k)} />
        <input aria-label={t('areas.cbs')} placeholder={t('areas.cbsPlaceholder')} value={cbs} aria-invalid={cbsProblem(cbs) ? true : undefined} onChange={(e) => setCbs(e.target.value)} />
        <button type="submit" disabled={!name.trim() || Boolean(cbsProblem(cbs))}>
          {t('areas.add')}
        </button>
        {cbsProblem(cbs) && <span className="field-error">{cbsProblem(cbs)}</span>}
      </form>
    </section>
  );
}
