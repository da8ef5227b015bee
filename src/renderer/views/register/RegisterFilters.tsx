/** The register's filters: text, field, theme, area, status, band, advice, and "to review". */
import type { ChangeEvent } from 'react';
import type { ProjectDoc } from '../../../shared/model/doc.ts';
import { PRIORITY_ADVICE, RISK_STATUS } from '../../../shared/model/vocab.ts';
import type { RegisterFilter } from '../../../shared/register/filterRows.ts';
import { useT, type TFn } from '../../i18n/useT.ts';
import { isFiltered, useRegisterView } from './registerStore.ts';

interface Option {
  value: string;
  label: string;
}

function FilterSelect({ id, label, value, options, onChange }: { id: string; label: string; value: string | null; options: Option[]; onChange(v: string | null): void }) {
  const t = useT();
  return (
    <div className="filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} className={value ? 'filter-set' : undefined} onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value || null)}>
        <option value="">{t('register.filter.all')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function optionsFor(doc: ProjectDoc, f: RegisterFilter, t: TFn) {
  const themes = Object.values(doc.themes).sort((a, b) => a.order - b.order);
  return {
    fields: themes.filter((x) => x.parentId === null).map((x) => ({ value: x.id, label: `${x.code} · ${x.label}` })),
    themes: themes.filter((x) => x.parentId !== null && (!f.fieldId || x.parentId === f.fieldId)).map((x) => ({ value: x.id, label: `${x.code} · ${x.label}` })),
    areas: Object.values(doc.areas)
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .map((a) => ({ value: a.id, label: a.name })),
    status: RISK_STATUS.map((s) => ({ value: s, label: t(`vocab.riskStatus.${s}`) })),
    bands: [...doc.project.scales.bands.map((b) => ({ value: b.id, label: b.label })), { value: 'none', label: t('register.filter.unscored') }],
    priority: [...PRIORITY_ADVICE.map((p) => ({ value: p, label: t(`vocab.priorityAdvice.${p}`) })), { value: 'none', label: t('register.filter.noAdvice') }],
  };
}

export function RegisterFilters({ doc }: { doc: ProjectDoc }) {
  const t = useT();
  const f = useRegisterView((s) => s.filter);
  const set = useRegisterView((s) => s.setFilter);
  const clear = useRegisterView((s) => s.clearFilter);
  const o = optionsFor(doc, f, t);
  return (
    <div className="register-filters" role="search" aria-label={t('register.filters')}>
      <div className="filter filter-text">
        <label htmlFor="filter-text">{t('register.search')}</label>
        <input id="filter-text" type="search" value={f.text} placeholder={t('register.searchPlaceholder')} onChange={(e) => set({ text: e.target.value })} />
      </div>
      <FilterSelect id="filter-field" label={t('register.col.field')} value={f.fieldId} options={o.fields} onChange={(v) => set({ fieldId: v, themeId: null })} />
      <FilterSelect id="filter-theme" label={t('register.col.theme')} value={f.themeId} options={o.themes} onChange={(v) => set({ themeId: v })} />
      <FilterSelect id="filter-area" label={t('register.col.areas')} value={f.areaId} options={o.areas} onChange={(v) => set({ areaId: v })} />
      <FilterSelect id="filter-status" label={t('register.col.status')} value={f.status} options={o.status} onChange={(v) => set({ status: v as RegisterFilter['status'] })} />
      <FilterSelect id="filter-band" label={t('register.col.band')} value={f.bandId} options={o.bands} onChange={(v) => set({ bandId: v })} />
      <FilterSelect id="filter-priority" label={t('register.col.priority')} value={f.priority} options={o.priority} onChange={(v) => set({ priority: v as RegisterFilter['priority'] })} />
      <label className="filter filter-check">
        <input type="checkbox" checked={f.review} onChange={(e) => set({ review: e.target.checked })} /> {t('register.filter.review')}
      </label>
      <button type="button" onClick={clear} disabled={!isFiltered(f)}>
        {t('register.filter.clear')}
      </button>
    </div>
  );
}
