/** The files read so far (table, publisher, download date, size) and the button to read another. */
import { useRef, useState } from 'react';
import { citation } from '../../../shared/evidence/citation.ts';
import type { EvidenceImport } from '../../../shared/evidence/types.ts';
import { ClientError } from '../../api/client.ts';
import type { CommandContext } from '../../AppContext.tsx';
import { errorMessage, useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { fileToBase64 } from '../register/importState.ts';
import type { StarterList } from '../../../shared/starter/starterList.ts';
import { keepImport, removeTable } from './evidenceActions.ts';

export function EvidenceSources({ ctx, imports, starter }: { ctx: CommandContext; imports: EvidenceImport[]; starter: StarterList | null }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function read(file: File) {
    setBusy(true);
    setError(null);
    try {
      // The file's date is the best guess of when it was downloaded.
      const downloadedAt = new Date(file.lastModified || Date.now()).toISOString().slice(0, 10);
      const result = await ctx.call('evidence.read', { fileName: file.name, dataBase64: await fileToBase64(file), downloadedAt, lang });
      keepImport(ctx, t, result, starter);
      ctx.notify(t('evidence.read', { table: result.tableId, count: result.observations.length }));
    } catch (err) {
      setError(err instanceof ClientError ? errorMessage(t, err.data) : String(err));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <header className="evidence-toolbar">
      <div className="evidence-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => input.current?.click()}>
          {t('evidence.open')}
        </button>
        <input ref={input} type="file" accept=".csv,.xlsx,text/csv" hidden aria-label={t('evidence.open')} onChange={(e) => e.target.files?.[0] && void read(e.target.files[0])} />
      </div>
      {error && (
        <p className="evidence-error" role="alert">
          {t('evidence.failed')} {error}
        </p>
      )}
      {imports.length > 0 && (
        <ul className="evidence-sources" aria-label={t('evidence.sources')}>
          {imports.map((i) => (
            <li key={i.tableId}>
              <strong>{i.title}</strong> — {t('evidence.counts', { values: i.observations.length, lines: i.lines })} <span className="evidence-cite">{citation(i, lang)}</span>{' '}
              <button type="button" onClick={() => removeTable(ctx, t, i.tableId)} aria-label={t('evidence.removeOne', { table: i.tableId })}>
                {t('templates.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}
