/**
 * The risk register: every risk in one table with its field and theme, areas, status, scores,
 * band, extra criteria and priority advice. Filter, sort, edit in place with the keyboard, add
 * risks quickly, import a long list, export to .xlsx or .csv, open a risk's bow-tie.
 */
import { useMemo } from 'react';
import { registerCounts } from '../../../shared/register/counts.ts';
import { filterRows, sortRows } from '../../../shared/register/filterRows.ts';
import { registerRows } from '../../../shared/register/registerRows.ts';
import { useDocState, type CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { openLiveSetup } from '../live/liveCommands.ts';
import { exportRegister } from './exportRegister.ts';
import { ImportDialog, openImport } from './ImportDialog.tsx';
import { QuickAdd } from './QuickAdd.tsx';
import { registerColumns } from './registerColumns.ts';
import { RegisterCounts } from './RegisterCounts.tsx';
import { RegisterFilters } from './RegisterFilters.tsx';
import { isFiltered, useRegisterView } from './registerStore.ts';
import { RegisterTable } from './RegisterTable.tsx';
import { StarterDialog } from '../starter/StarterDialog.tsx';
import { StarterStart } from '../starter/StarterStart.tsx';
import { StepsHint } from './StepsHint.tsx';
import { openStarter } from '../starter/starterStore.ts';
import './register.css';

export function RegisterView({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const doc = useDocState((s) => s.doc);
  const filter = useRegisterView((s) => s.filter);
  const sort = useRegisterView((s) => s.sort);
  const all = useMemo(() => (doc ? registerRows(doc) : []), [doc]);
  const rows = useMemo(() => sortRows(filterRows(all, filter), sort.by, sort.dir), [all, filter, sort]);
  // Columns depend on the scales, the taxonomy and the language only.
  const scales = doc?.project.scales;
  const themes = doc?.themes;
  const columns = useMemo(() => (doc ? registerColumns(doc, t) : []), [scales, themes, t]);
  const counts = useMemo(() => registerCounts(all), [all]);
  if (!doc) return null;

  return (
    <section className="register-view" aria-label={t('view.register')} lang={lang}>
      <StepsHint />
      <header className="register-toolbar">
        <RegisterFilters doc={doc} />
        <div className="register-actions">
          <button type="button" onClick={openStarter}>
            {t('starter.open')}
          </button>
          <button type="button" onClick={() => openLiveSetup(isFiltered(filter) ? rows.map((r) => r.risk.id) : null)}>
            {t('live.start')}
          </button>
          <button type="button" onClick={openImport}>
            {t('register.import.open')}
          </button>
          <button type="button" onClick={() => void exportRegister(ctx, 'xlsx')}>
            {t('register.export.xlsx')}
          </button>
          <button type="button" onClick={() => void exportRegister(ctx, 'csv')}>
            {t('register.export.csv')}
          </button>
        </div>
      </header>
      <RegisterCounts all={counts} shown={rows.length} />
      <div className="register-scroll">
        {rows.length > 0 ? (
          <RegisterTable ctx={ctx} rows={rows} columns={columns} bands={doc.project.scales.bands} />
        ) : all.length === 0 ? (
          <StarterStart ctx={ctx} lead={t('register.empty')} />
        ) : (
          <p className="register-empty">{all.length === 0 ? t('register.empty') : isFiltered(filter) ? t('register.noMatch') : ''}</p>
        )}
      </div>
      <QuickAdd ctx={ctx} />
      <p className="register-help">{t('register.help')}</p>
      <ImportDialog ctx={ctx} />
      <StarterDialog ctx={ctx} />
    </section>
  );
}
