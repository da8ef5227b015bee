/** How `vlinder diff` and `vlinder merge` print a comparison and its conflicts, in Dutch. */
import { t } from '../../../shared/i18n/t.ts';
import type { CopyInfo } from '../../../shared/api/methods/merge.ts';
import { groupByRisk } from '../../../shared/merge/groupByRisk.ts';
import { fieldName as nameOf, shortValue as valueOf, tableNoun as noun } from '../../../shared/merge/text.ts';
import type { Comparison, Conflict, EntityDiff } from '../../../shared/merge/types.ts';
import type { ProjectDoc } from '../../../shared/model/doc.ts';

const shortValue = (v: unknown) => valueOf('nl', v);
const fieldName = (field: string) => nameOf('nl', field);

export function copyLine(name: string, info: CopyInfo): string {
  const last = info.lastSave;
  const when = last ? t('nl', 'merge.lastSave', { at: last.savedAt, by: last.savedBy ? t('nl', 'merge.lastSaveBy', { name: last.savedBy }) : '' }) : t('nl', 'merge.neverSaved');
  return `${name}: ${info.path ?? '—'} — “${info.title}”, ${when}`;
}

function diffLine(d: EntityDiff): string[] {
  const who = t('nl', `merge.side.${d.by}`);
  const head = `  ${d.conflict ? `[${t('nl', 'merge.conflict').toUpperCase()}] ` : ''}${t('nl', `merge.kind.${d.kind}`)} in ${who}: ${noun('nl', d.table)}${d.label ? ` ${shortValue(d.label)}` : ''}`;
  const when = d.by === 'mine' ? d.mineAt : d.by === 'theirs' ? d.theirsAt : null;
  const lines = [when ? `${head} (${when})` : head];
  for (const f of d.fields) lines.push(`      ${fieldName(f.field)}: mijn versie ${shortValue(f.mine)} · de andere versie ${shortValue(f.theirs)}`);
  return lines;
}

export function comparisonLines(cmp: Comparison, mine: ProjectDoc, theirs: ProjectDoc): string[] {
  const lines = [cmp.parting.at ? t('nl', 'merge.parting', { at: cmp.parting.at }) : t('nl', 'merge.partingNone')];
  if (cmp.diffs.length === 0) return [...lines, t('nl', 'merge.nothing')];
  for (const g of groupByRisk(cmp.diffs, mine, theirs)) {
    lines.push('', g.riskId === null ? t('nl', 'merge.group.project') : t('nl', 'merge.group.risk', { label: g.label }));
    for (const d of g.diffs) lines.push(...diffLine(d));
  }
  return lines;
}

export function conflictLine(c: Conflict): string {
  const where = `${noun('nl', c.table)}${c.label ? ` ${shortValue(c.label)}` : ''}`;
  if (c.kind === 'editDelete') {
    const deleter = c.deletedBy ?? 'theirs';
    return `  ${where}: ${t('nl', 'merge.conflict.editDelete', { deleter: t('nl', `merge.side.${deleter}`), editor: t('nl', `merge.side.${deleter === 'mine' ? 'theirs' : 'mine'}`) })}`;
  }
  return `  ${where} — ${t('nl', 'merge.conflict.field', { field: fieldName(c.field ?? ''), mine: shortValue(c.mine).replace(/^“|”$/g, ''), theirs: shortValue(c.theirs).replace(/^“|”$/g, '') })}`;
}
