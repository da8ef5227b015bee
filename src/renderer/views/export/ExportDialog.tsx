/**
 * The export dialog: choose documents and diagrams, the variant (complete or publication), the
 * folder; see what the privacy check found in what would go out; follow the progress; open the
 * folder afterwards (desktop app).
 */
import { useModalDialog } from '../../panels/useModalDialog.ts';
import { EXPORT_KINDS } from '../../../shared/api/methods/export.ts';
import { errorMessage, useT } from '../../i18n/useT.ts';
import { browseFolder, canStart, setVariant, showFolder, startExport, useExport } from './exportStore.ts';
import { PrivacyFindings } from './PrivacyFindings.tsx';
import './export.css';
import type { CommandContext } from '../../AppContext.tsx';

const SCALES = [1, 2, 3, 4];

export function ExportDialog({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const s = useExport();
  const ref = useModalDialog(s.open);

  const running = s.job?.state === 'running';
  const done = s.job?.state === 'done';

  return (
    <dialog ref={ref} className="export-dialog" aria-labelledby="export-title" onClose={() => useExport.getState().close()}>
      <h2 id="export-title">{t('export.title')}</h2>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void startExport(ctx);
        }}
      >
        <fieldset disabled={running}>
          <legend>{t('export.what')}</legend>
          {EXPORT_KINDS.map((kind) => (
            <label key={kind} className="export-choice">
              <input type="checkbox" checked={s.kinds.includes(kind)} onChange={() => s.toggleKind(kind)} />
              {t(`export.kind.${kind}`)}
            </label>
          ))}
          {s.kinds.includes('png') && (
            <label className="export-inline">
              {t('export.scale')}{' '}
              <select value={s.scale} onChange={(e) => s.setScale(Number(e.target.value))}>
                {SCALES.map((n) => (
                  <option key={n} value={n}>
                    {t('export.scale.value', { scale: n })}
                  </option>
                ))}
              </select>
            </label>
          )}
        </fieldset>

        <fieldset disabled={running}>
          <legend>{t('export.variant')}</legend>
          <label className="export-choice">
            <input type="radio" name="variant" checked={s.variant === 'full'} onChange={() => void setVariant(ctx, 'full', false)} />
            {t('export.variant.full')}
          </label>
          <label className="export-choice">
            <input type="radio" name="variant" checked={s.variant === 'publication'} onChange={() => void setVariant(ctx, 'publication', s.omitInternal)} />
            {t('export.variant.publication')}
          </label>
          {s.variant === 'publication' && (
            <label className="export-choice export-sub">
              <input type="checkbox" checked={s.omitInternal} onChange={(e) => void setVariant(ctx, 'publication', e.target.checked)} />
              {t('export.omitInternal')}
            </label>
          )}
        </fieldset>

        <fieldset disabled={running}>
          <legend>{t('export.folder')}</legend>
          <div className="export-folder">
            <input type="text" aria-label={t('export.folder')} value={s.folder} onChange={(e) => s.setFolder(e.target.value)} spellCheck={false} />
            <button type="button" onClick={() => void browseFolder(ctx, 'IVRP.docx')}>
              {t('export.browse')}
            </button>
          </div>
        </fieldset>

        <PrivacyFindings />

        <div className="export-status" role="status" aria-live="polite">
          {running && s.job && (
            <>
              <progress value={s.job.done} max={s.job.total} />{' '}
              {t('export.busy', { step: t(s.job.step === 'done' ? 'export.step.done' : `export.kind.${s.job.step}`), done: s.job.done, total: s.job.total })}
            </>
          )}
          {done && s.job && (
            <div className="export-done">
              <p>{t('export.done', { count: s.job.files.length, folder: s.job.folder })}</p>
              <ul>
                {s.job.files.slice(0, 12).map((f) => (
                  <li key={f}>{f.slice(s.job!.folder.length).replace(/^[\\/]/, '')}</li>
                ))}
              </ul>
            </div>
          )}
          {s.kinds.length === 0 && <p className="export-hint">{t('export.nothingChosen')}</p>}
          {s.error && (
            <p className="export-error" role="alert">
              {errorMessage(t, s.error)}
            </p>
          )}
        </div>

        <div className="dialog-actions">
          {done && s.host === 'electron' && (
            <button type="button" onClick={() => void showFolder(ctx)}>
              {t('export.openFolder')}
            </button>
          )}
          <button type="button" onClick={() => s.close()}>
            {done ? t('export.close') : t('export.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!canStart(s)}>
            {t('export.start')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
