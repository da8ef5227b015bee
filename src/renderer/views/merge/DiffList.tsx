/**
 * The differences of a comparison, grouped by risk as `groupByRisk` orders them: per entry what
 * happened in which copy and when, and for a change each field's value in both copies.
 */
import { groupByRisk, type RiskName } from '../../../shared/merge/groupByRisk.ts';
import { fieldName, shortValue, tableNoun, when } from '../../../shared/merge/text.ts';
import type { Conflict, EntityDiff } from '../../../shared/merge/types.ts';
import type { ProjectDoc } from '../../../shared/model/doc.ts';
import { useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';

const SYMBOL = { added: '+', removed: '−', changed: '✎', moved: '↕' } as const;

/** Brings the risk's bow-tie on screen, where its changed boxes are marked. */
function showRisk(riskId: string): void {
  useUi.getState().setView('bowtie');
  useUi.getState().openRisk(riskId);
}

export function DiffList({ diffs, conflicts, doc, theirRisks }: { diffs: readonly EntityDiff[]; conflicts: readonly Conflict[]; doc: ProjectDoc; theirRisks: readonly RiskName[] }) {
  const t = useT();
  const conflicting = new Set(conflicts.map((c) => `${c.table}/${c.id}/${c.field ?? ''}`));
  // Theirs' document does not cross the API; the names of the risks only theirs has do.
  const groups = groupByRisk(diffs, doc, { risks: Object.fromEntries(theirRisks.map((r) => [r.id, r])) });
  return (
    <div className="compare-groups">
      {groups.map((g) => (
        <section key={g.riskId ?? ''} className="compare-group" aria-label={g.riskId ? t('merge.group.risk', { label: g.label }) : t('merge.group.project')}>
          <h3>
            <span>{g.riskId ? t('merge.group.risk', { label: g.label }) : t('merge.group.project')}</span>
            {g.riskId && doc.risks[g.riskId] && (
              <button type="button" className="compare-show" onClick={() => showRisk(g.riskId!)}>
                {t('merge.showRisk')}
              </button>
            )}
          </h3>
          <ul>
            {g.diffs.map((d) => (
              <DiffItem key={`${d.table}/${d.id}`} d={d} conflicting={conflicting} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function DiffItem({ d, conflicting }: { d: EntityDiff; conflicting: ReadonlySet<string> }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const at = d.by === 'mine' ? d.mineAt : d.by === 'theirs' ? d.theirsAt : (d.theirsAt ?? d.mineAt);
  return (
    <li className={`compare-diff compared-${d.by}${d.conflict ? ' is-conflict' : ''}`}>
      <div className="compare-diff-head">
        <span className="compare-badge" aria-hidden="true">
          {d.conflict ? '!' : SYMBOL[d.kind]} {t(`merge.badge.${d.by}`)}
        </span>
        <span>
          <strong>{t('merge.kindIn', { kind: t(`merge.kind.${d.kind}`), side: t(`merge.side.${d.by}`) })}</strong>
          {d.conflict && <em className="compare-conflict"> — {t('merge.conflict')}</em>}: {tableNoun(lang, d.table)} {d.label && shortValue(lang, d.label)}
        </span>
        {at && <time dateTime={at}>{when(lang, at)}</time>}
      </div>
      {d.fields.length > 0 && (
        <table className="compare-fields">
          <thead>
            <tr>
              <th scope="col">{t('merge.field.heading')}</th>
              <th scope="col">{t('merge.copy.mine')}</th>
              <th scope="col">{t('merge.copy.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {d.fields.map((f) => (
              <tr key={f.field} className={conflicting.has(`${d.table}/${d.id}/${f.field}`) ? 'is-conflict' : undefined}>
                <th scope="row">
                  {fieldName(lang, f.field)}
                  {conflicting.has(`${d.table}/${d.id}/${f.field}`) && <span className="compare-conflict"> ! {t('merge.conflict')}</span>}
                </th>
                <td className={f.by !== 'theirs' ? 'is-changed' : undefined}>
                  {f.by !== 'theirs' && <span className="compare-changed" title={t('merge.fieldChanged')}>✎ </span>}
                  {shortValue(lang, f.mine)}
                </td>
                <td className={f.by !== 'mine' ? 'is-changed' : undefined}>
                  {f.by !== 'mine' && <span className="compare-changed" title={t('merge.fieldChanged')}>✎ </span>}
                  {shortValue(lang, f.theirs)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
