/**
 * The merge dialog: what is taken from each copy without asking, then every open conflict with
 * both values side by side, decided one by one (a radio pair per conflict: arrows choose, Tab
 * goes on) or all one way. "Samenvoegen" applies the merge as one undoable edit.
 */
import type { Conflict, Side } from '../../../shared/merge/types.ts';
import { fieldName, shortValue, tableNoun } from '../../../shared/merge/text.ts';
import type { CommandContext } from '../../AppContext.tsx';
import { errorMessage, useT } from '../../i18n/useT.ts';
import { useModalDialog } from '../../panels/useModalDialog.ts';
import { useUi } from '../../store/uiStore.ts';
import { applyMerge } from './mergeActions.ts';
import { undecided, useMergeDialog } from './mergeStore.ts';
import './merge.css';

export function MergeDialog({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const state = useMergeDialog();
  const ref = useModalDialog(state.path !== null);
  const close = () => useMergeDialog.getState().close();
  const { prepared, error, busy } = state;
  const open = undecided(state);
  return (
    <dialog ref={ref} className="merge-dialog" aria-labelledby="merge-title" onClose={close}>
      <h2 id="merge-title">{t('merge.dialog.title', { title: prepared?.theirs.title ?? state.path ?? '' })}</h2>
      <p className="compare-path">{state.path}</p>
      {error && (
        <p className="compare-error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
      {prepared && (
        <>
          <p>{t('merge.dialog.taken', { mine: prepared.taken.mine, theirs: prepared.taken.theirs })}</p>
          {prepared.dropped.length > 0 && <p>{t('merge.dropped', { count: prepared.dropped.length })}</p>}
          {prepared.open.length === 0 ? (
            <p>{t('merge.dialog.none')}</p>
          ) : (
            <>
              <div className="merge-all">
                <span>{t('merge.dialog.conflicts')}</span>
                <button type="button" onClick={() => useMergeDialog.getState().chooseAll('mine')}>
                  {t('merge.dialog.allMine')}
                </button>
                <button type="button" onClick={() => useMergeDialog.getState().chooseAll('theirs')}>
                  {t('merge.dialog.allTheirs')}
                </button>
              </div>
              <ol className="merge-conflicts">
                {prepared.open.map((c, i) => (
                  <ConflictChoice key={c.key} n={i + 1} conflict={c} chosen={state.choices[c.key] ?? null} />
                ))}
              </ol>
            </>
          )}
          <p className="merge-status" role="status">
            {busy ? t('merge.dialog.busy') : open > 0 ? t('merge.dialog.open', { count: open, total: prepared.open.length }) : prepared.open.length > 0 ? t('merge.dialog.ready') : ''}
          </p>
          <p className="hint">{t('merge.dialog.hint')}</p>
        </>
      )}
      <footer className="merge-footer">
        <button type="button" onClick={close}>
          {t('merge.dialog.cancel')}
        </button>
        {prepared && (
          <button type="button" className="primary" disabled={busy || open > 0} onClick={() => void applyMerge(ctx)}>
            {t('merge.dialog.apply')}
          </button>
        )}
      </footer>
    </dialog>
  );
}

function ConflictChoice({ n, conflict: c, chosen }: { n: number; conflict: Conflict; chosen: Side | null }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const what = `${tableNoun(lang, c.table)}${c.label ? ` ${shortValue(lang, c.label)}` : ''}${c.kind === 'field' && c.field ? ` — ${fieldName(lang, c.field)}` : ''}`;
  const value = (side: Side) => (c.kind === 'editDelete' ? (c.deletedBy === side ? t('merge.deleted') : t('merge.keptEdited')) : shortValue(lang, side === 'mine' ? c.mine : c.theirs));
  return (
    <li>
      <fieldset className="merge-conflict">
        <legend>{t('merge.dialog.where', { n, what })}</legend>
        {(['mine', 'theirs'] as const).map((side) => (
          <label key={side} className={`merge-option compared-${side}${chosen === side ? ' is-chosen' : ''}`}>
            <input type="radio" name={`conflict-${c.key}`} value={side} checked={chosen === side} onChange={() => useMergeDialog.getState().choose(c.key, side)} />
            <span className="merge-side">{t(side === 'mine' ? 'merge.copy.mine' : 'merge.copy.theirs')}</span>
            <span className="merge-value">{value(side)}</span>
          </label>
        ))}
      </fieldset>
    </li>
  );
}
