/**
 * The compare panel beside the open project: both copies (who saved them and when), the common
 * version, the differences grouped by risk, and which side's changes the bow-tie marks. A
 * refusal (another project, a newer or damaged file) is shown here in words.
 */
import type { CopyInfo } from '../../../shared/api/methods/merge.ts';
import type { RiskName } from '../../../shared/merge/groupByRisk.ts';
import { when } from '../../../shared/merge/text.ts';
import type { Comparison, EntityDiff } from '../../../shared/merge/types.ts';
import { useDocState, type CommandContext } from '../../AppContext.tsx';
import { errorMessage, useT, type TFn } from '../../i18n/useT.ts';
import { useCompare, type MarkFilter } from '../../store/compareStore.ts';
import { useUi } from '../../store/uiStore.ts';
import { DiffList } from './DiffList.tsx';
import { compareWith, startMerge } from './mergeActions.ts';
import './merge.css';

const FILTERS: MarkFilter[] = ['both', 'mine', 'theirs'];

const passes = (d: EntityDiff, f: MarkFilter) => f === 'both' || d.by === f || d.by === 'both';

export function ComparePanel({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const sessionId = useDocState((s) => s.sessionId);
  const doc = useDocState((s) => s.doc);
  const { result, error, path, filter } = useCompare();
  const mine = useCompare((s) => s.sessionId === sessionId);
  if (!mine || !doc || (!result && !error)) return null;
  const close = () => useCompare.getState().close();
  return (
    <aside className="compare-panel" aria-labelledby="compare-title">
      <header className="compare-header">
        <h2 id="compare-title">{t('merge.panel.title')}</h2>
        {path && (
          <button type="button" className="compare-again" onClick={() => void compareWith(ctx, path)}>
            {t('merge.again')}
          </button>
        )}
        <button type="button" onClick={close} aria-label={t('merge.panel.close')} title={t('merge.panel.close')}>
          ✕
        </button>
      </header>
      {error && (
        <p className="compare-error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {error && <p className="compare-path">{path}</p>}

      {result && (
        <>
          <Copies t={t} mine={result.mine} theirs={result.theirs} comparison={result.comparison} />
          <fieldset className="compare-filter">
            <legend>{t('merge.filter')}</legend>
            {FILTERS.map((f) => (
              <label key={f}>
                <input type="radio" name="compare-filter" value={f} checked={filter === f} onChange={() => useCompare.getState().setFilter(f)} /> {t(`merge.filter.${f}`)}
              </label>
            ))}
            <p className="compare-legend">{t('merge.legend')}</p>
          </fieldset>
          <div className="compare-actions">
            <span>{t('merge.counts', { count: result.comparison.diffs.length, conflicts: result.comparison.conflicts.length })}</span>
            {result.comparison.diffs.length > 0 && path && (
              <button type="button" className="primary" onClick={() => void startMerge(ctx, path)}>
                {t('merge.toMerge')}
              </button>
            )}
          </div>
          {result.comparison.diffs.length === 0 ? <p>{t('merge.nothing')}</p> : <Filtered comparison={result.comparison} theirRisks={result.theirRisks} filter={filter} />}
        </>
      )}
    </aside>
  );
}

function Filtered({ comparison, theirRisks, filter }: { comparison: Comparison; theirRisks: readonly RiskName[]; filter: MarkFilter }) {
  const t = useT();
  const doc = useDocState((s) => s.doc)!;
  const shown = comparison.diffs.filter((d) => passes(d, filter));
  return shown.length === 0 ? <p>{t('merge.filtered')}</p> : <DiffList diffs={shown} conflicts={comparison.conflicts} doc={doc} theirRisks={theirRisks} />;
}

function Copies({ t, mine, theirs, comparison }: { t: TFn; mine: CopyInfo; theirs: CopyInfo; comparison: Comparison }) {
  const lang = useUi((s) => s.lang);
  const saved = (c: CopyInfo) => {
    const by = c.lastSave?.savedBy ? t('merge.lastSaveBy', { name: c.lastSave.savedBy }) : '';
    return c.lastSave ? t('merge.copy.saved', { title: c.title, at: when(lang, c.lastSave.savedAt), by }) : t('merge.copy.never', { title: c.title });
  };
  const common = comparison.parting.save;
  return (
    <div className="compare-copies">
      <dl>
        <dt>{t('merge.copy.mine')}</dt>
        <dd>{saved(mine)}</dd>
        <dt>{t('merge.copy.theirs')}</dt>
        <dd>
          {saved(theirs)}
          <span className="compare-path">{theirs.path}</span>
        </dd>
      </dl>
      <p>{common ? t('merge.common', { at: when(lang, common.savedAt), by: common.savedBy ? t('merge.lastSaveBy', { name: common.savedBy }) : '' }) : t('merge.partingNone')}</p>
    </div>
  );
}
