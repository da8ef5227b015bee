/** The preview of an import: summary, the first rows as they will be read, and every error per row. */
import { t as translate } from '../../../shared/i18n/t.ts';
import type { ColumnMapping } from '../../../shared/register/columns.ts';
import type { ImportIssue, ImportPlan } from '../../../shared/register/planImport.ts';
import type { SheetTable } from '../../../shared/register/sheetTable.ts';
import { useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';

const PREVIEW_ROWS = 8;
const MAX_ERRORS = 60;

export function ImportPreview({ table, mapping, plan }: { table: SheetTable; mapping: ColumnMapping; plan: ImportPlan }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const issue = (i: ImportIssue) => translate(lang, i.key, i.params);
  const shown = mapping.map((m, i) => (m ? i : -1)).filter((i) => i >= 0);
  const errors = [...plan.issues.map((i) => ({ line: null as number | null, text: issue(i) })), ...plan.rows.flatMap((r) => r.issues.map((i) => ({ line: r.line, text: issue(i) })))];

  return (
    <section className="import-preview" aria-label={t('register.import.preview')}>
      <p className="import-summary" data-testid="import-summary">
        {t('register.import.summary', { creates: plan.creates, updates: plan.updates })}
        {plan.newAreas.length > 0 && ` · ${t('register.import.newAreas', { names: plan.newAreas.join(', ') })}`}
        {plan.newThemes.length > 0 && ` · ${t('register.import.newThemes', { names: plan.newThemes.join(', ') })}`}
      </p>
      <div className="import-table-wrap" tabIndex={0} role="region" aria-label={t('register.import.previewCaption', { count: Math.min(PREVIEW_ROWS, table.rows.length), total: table.rows.length })}>
        <table className="import-table">
          <caption>{t('register.import.previewCaption', { count: Math.min(PREVIEW_ROWS, table.rows.length), total: table.rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('register.import.line')}</th>
              {shown.map((i) => (
                <th key={i} scope="col">
                  {table.headers[i]}
                </th>
              ))}
              <th scope="col">{t('register.import.result')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.rows.slice(0, PREVIEW_ROWS).map((r, k) => (
              <tr key={r.line} className={r.issues.length ? 'row-error' : undefined}>
                <td>{r.line}</td>
                {shown.map((i) => (
                  <td key={i} className={r.issues.some((x) => x.column === i) ? 'cell-error' : undefined}>
                    {table.rows[k]?.cells[i]}
                  </td>
                ))}
                <td>{r.issues.length ? `✗ ${r.issues.length}` : r.action === 'create' ? `✓ ${t('register.import.new', { code: r.code })}` : `✓ ${t('register.import.update', { code: r.code })}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors.length === 0 ? (
        <p className="import-ok" role="status">
          ✓ {t('register.import.noErrors')}
        </p>
      ) : (
        <div className="import-errors" role="alert" tabIndex={0}>
          <p>
            <strong>{t('register.import.errors', { count: errors.length })}</strong>
          </p>
          <ul>
            {errors.slice(0, MAX_ERRORS).map((e, i) => (
              <li key={i}>
                {e.line !== null && <span className="error-line">{t('register.import.line')} {e.line}: </span>}
                {e.text}
              </li>
            ))}
          </ul>
          {errors.length > MAX_ERRORS && <p>{t('register.import.moreErrors', { count: errors.length - MAX_ERRORS })}</p>}
        </div>
      )}
    </section>
  );
}
