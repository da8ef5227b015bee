/**
 * Import of a long list: pick an .xlsx or .csv file, check how its columns are mapped (and change
 * it), see the first rows and every error per row, then read it in as ONE edit — all rows or
 * none, undoable in one step.
 */
import { useModalDialog } from '../../panels/useModalDialog.ts';
import type { Scales } from '../../../shared/model/scalesSchema.ts';
import { applyImport } from '../../../shared/register/applyImport.ts';
import { availableTargets, type ColumnTarget } from '../../../shared/register/columns.ts';
import { planImport } from '../../../shared/register/planImport.ts';
import { ClientError } from '../../api/client.ts';
import { useDocState, type CommandContext } from '../../AppContext.tsx';
import { errorMessage, useT, type TFn } from '../../i18n/useT.ts';
import { fileToBase64, useImport } from './importState.ts';
import { ImportPreview } from './ImportPreview.tsx';

/** Same cap as the Node side (MAX_LIST_BYTES): refuse before reading a huge file into memory. */
const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;

/** What a column target is called in the mapping step. */
export function targetLabel(target: ColumnTarget, scales: Scales, t: TFn): string {
  if (!target.startsWith('score:')) return t(`register.col.${target as 'code'}`);
  const criterion = target.slice(6);
  if (criterion === 'likelihood') return t('register.col.likelihood');
  if (criterion === 'impact') return t('register.col.impact');
  if (criterion === 'residual.likelihood') return t('register.col.residualLikelihood');
  if (criterion === 'residual.impact') return t('register.col.residualImpact');
  if (criterion.startsWith('impact.')) {
    const dim = scales.impactDimensions.find((d) => `impact.${d.id}` === criterion);
    return t('register.col.impactDimension', { dimension: dim?.label ?? criterion });
  }
  return scales.criteria.find((c) => c.id === criterion)?.label ?? criterion;
}

export function ImportDialog({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const state = useImport();
  const doc = useDocState((s) => s.doc);
  const ref = useModalDialog(state.open);

  if (!doc) return null;

  async function pick(file: File) {
    if (file.size > MAX_UPLOAD_BYTES) return ctx.notify(t('register.import.tooLarge', { size: Math.round(file.size / 1024 / 1024) }), 'error');
    useImport.getState().setBusy(true);
    try {
      const result = await ctx.call('register.readList', { fileName: file.name, dataBase64: await fileToBase64(file) });
      const current = ctx.useDoc.getState().doc;
      if (current) useImport.getState().load(result, current);
    } catch (err) {
      useImport.getState().setBusy(false);
      ctx.notify(err instanceof ClientError ? errorMessage(t, err.data) : t('error.internal', { method: 'register.readList' }), 'error');
    }
  }

  function commit() {
    const { table, mapping } = useImport.getState();
    const current = ctx.useDoc.getState().doc;
    if (!table || !current) return;
    // Plan again against the document as it is now (it may have changed while the dialog was open).
    const plan = planImport(current, table, mapping);
    if (plan.errorCount > 0) return useImport.getState().replan(current);
    const result = ctx.useDoc.getState().edit(t('register.import.undoLabel'), (d) => applyImport(d, plan));
    useImport.getState().close();
    if (result) ctx.notify(t('register.import.done', { created: result.created.length, updated: result.updated.length }));
  }

  const plan = state.plan;
  const targets = availableTargets(doc.project.scales);
  return (
    <dialog ref={ref} className="import-dialog" aria-labelledby="import-title" onClose={() => useImport.getState().close()}>
      <h2 id="import-title">{t('register.import.title')}</h2>
      {!state.file && (
        <div className="import-pick">
          <label htmlFor="import-file">{t('register.import.choose')}</label>
          <input id="import-file" type="file" accept=".xlsx,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={state.busy} onChange={(e) => e.target.files?.[0] && void pick(e.target.files[0])} />
          <p className="hint">{t('register.import.hint')}</p>
          {state.busy && <p role="status">{t('register.import.reading')}</p>}
        </div>
      )}
      {state.file && state.table && plan && (
        <>
          <p className="import-file-info">
            {t('register.import.fileInfo', { file: state.file.fileName, rows: state.table.rows.length })}
            {state.file.sheet ? ` · ${t('register.import.sheet', { sheet: state.file.sheet })}` : ''}
            {state.file.encoding ? ` · ${state.file.encoding}` : ''}
          </p>
          <fieldset className="import-mapping">
            <legend>{t('register.import.mapping')}</legend>
            {state.table.headers.map((h, i) => (
              <label key={i} className={state.mapping[i] ? 'mapped' : 'unmapped'}>
                <span className="import-header">{h || t('register.import.noHeader', { n: i + 1 })}</span>
                <select aria-label={t('register.import.mapColumn', { column: h || String(i + 1) })} value={state.mapping[i] ?? ''} onChange={(e) => useImport.getState().remap(i, (e.target.value || null) as ColumnTarget | null, doc)}>
                  <option value="">{t('register.import.ignore')}</option>
                  {targets.map((target) => (
                    <option key={target} value={target}>
                      {targetLabel(target, doc.project.scales, t)}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </fieldset>
          <ImportPreview table={state.table} mapping={state.mapping} plan={plan} />
        </>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={!plan || plan.errorCount > 0} onClick={commit}>
          {plan ? t('register.import.commit', { count: plan.rows.length }) : t('register.import.commitNone')}
        </button>
        <button type="button" onClick={() => useImport.getState().close()}>
          {t('register.import.cancel')}
        </button>
      </div>
    </dialog>
  );
}

/** Opens the import dialog (for the command palette and the register's button). */
export function openImport(): void {
  useImport.getState().show();
}

