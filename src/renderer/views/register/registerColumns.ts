/**
 * The columns of the register table: what each shows, how it sorts, and how it is edited (text,
 * a choice from a list, or the areas picker). The extra criteria and impact dimensions follow the
 * project's scales. Edits go through registerEdits (one undo entry each).
 */
import type { TFn } from '../../i18n/useT.ts';
import type { ProjectDoc } from '../../../shared/model/doc.ts';
import type { ScaleClass } from '../../../shared/model/scalesSchema.ts';
import { PRIORITY_ADVICE, RISK_STATUS } from '../../../shared/model/vocab.ts';
import type { SortKey } from '../../../shared/register/filterRows.ts';
import type { RegisterRow } from '../../../shared/register/registerRows.ts';
import { patchRisk, scoreRisk } from './registerEdits.ts';
import type { CommandContext } from '../../AppContext.tsx';

export interface Choice {
  value: string;
  label: string;
  /** Options grouped under a heading (fields with their themes). */
  group?: string;
}

export interface RegisterColumn {
  id: string;
  header: string;
  /** Full name for screen readers and tooltips when the header is abbreviated. */
  title?: string;
  sort?: SortKey;
  kind: 'text' | 'choice' | 'areas' | 'readonly' | 'band' | 'open';
  className?: string;
  display(row: RegisterRow): string;
  /** Current value as choice value or text. */
  value?(row: RegisterRow): string;
  choices?: Choice[];
  /** A typed key that sets a value at once (a class code on a score column). */
  quick?(key: string): string | null;
  commit?(ctx: CommandContext, row: RegisterRow, value: string): void;
}

const NONE = '';

function classChoices(classes: readonly ScaleClass[]): Choice[] {
  return [{ value: NONE, label: '–' }, ...classes.map((c) => ({ value: String(c.value), label: c.label ? `${c.code} · ${c.label}` : c.code }))];
}

function scoreColumn(t: TFn, id: string, header: string, title: string, classes: readonly ScaleClass[]): RegisterColumn {
  const byValue = new Map(classes.map((c) => [c.value, c]));
  return {
    id,
    header,
    title,
    sort: `value:${id}`,
    kind: 'choice',
    className: 'col-score',
    display: (r) => {
      const v = r.values[id];
      return v === undefined ? '' : (byValue.get(v)?.code ?? `${v}?`);
    },
    value: (r) => (r.values[id] === undefined ? NONE : String(r.values[id])),
    choices: classChoices(classes),
    quick: (key) => {
      const k = key.toLowerCase();
      const c = classes.find((x) => x.code.toLowerCase() === k);
      return c ? String(c.value) : null;
    },
    commit: (ctx, r, value) => scoreRisk(ctx.useDoc, t('register.edit.score', { code: r.risk.code, column: title }), r.risk.id, id, value === NONE ? null : Number(value)),
  };
}

function themeChoices(doc: ProjectDoc, t: TFn): Choice[] {
  const all = Object.values(doc.themes).sort((a, b) => a.order - b.order);
  const out: Choice[] = [{ value: NONE, label: t('register.unassigned') }];
  for (const field of all.filter((x) => x.parentId === null)) {
    out.push({ value: field.id, label: `${field.code} · ${field.label}`, group: field.label });
    for (const theme of all.filter((x) => x.parentId === field.id)) out.push({ value: theme.id, label: `${theme.code} · ${theme.label}`, group: field.label });
  }
  return out;
}

/** The columns for `doc`'s current scales and taxonomy. */
export function registerColumns(doc: ProjectDoc, t: TFn): RegisterColumn[] {
  const scales = doc.project.scales;
  const likelihood = t('register.col.likelihood');
  const impact = t('register.col.impact');
  const dims = scales.impactDimensions.filter((d) => d.enabled);
  const cols: RegisterColumn[] = [
    {
      id: 'code',
      header: t('register.col.code'),
      sort: 'code',
      kind: 'text',
      className: 'col-code',
      display: (r) => r.risk.code,
      value: (r) => r.risk.code,
      commit: (ctx, r, v) => v.trim() && patchRisk(ctx.useDoc, t('register.edit.cell', { code: r.risk.code, column: t('register.col.code') }), r.risk.id, { code: v.trim() }),
    },
    {
      id: 'title',
      header: t('register.col.title'),
      sort: 'title',
      kind: 'text',
      className: 'col-title',
      display: (r) => r.risk.title,
      value: (r) => r.risk.title,
      commit: (ctx, r, v) => v.trim() && patchRisk(ctx.useDoc, t('register.edit.cell', { code: r.risk.code, column: t('register.col.title') }), r.risk.id, { title: v.trim() }),
    },
    {
      id: 'theme',
      header: `${t('register.col.field')} / ${t('register.col.theme')}`,
      sort: 'field',
      kind: 'choice',
      className: 'col-theme',
      display: (r) => (r.theme ? `${r.field?.code ?? ''} · ${r.theme.label}` : r.field ? `${r.field.code} · ${r.field.label}` : ''),
      value: (r) => r.risk.themeId ?? NONE,
      choices: themeChoices(doc, t),
      commit: (ctx, r, v) => patchRisk(ctx.useDoc, t('register.edit.cell', { code: r.risk.code, column: t('register.col.theme') }), r.risk.id, { themeId: v || null }),
    },
    { id: 'areas', header: t('register.col.areas'), sort: 'areas', kind: 'areas', className: 'col-areas', display: (r) => r.areas.map((a) => a.name).join(', ') },
    {
      id: 'status',
      header: t('register.col.status'),
      sort: 'status',
      kind: 'choice',
      className: 'col-status',
      display: (r) => t(`vocab.riskStatus.${r.risk.status}`),
      value: (r) => r.risk.status,
      choices: RISK_STATUS.map((s) => ({ value: s, label: t(`vocab.riskStatus.${s}`) })),
      commit: (ctx, r, v) => patchRisk(ctx.useDoc, t('register.edit.cell', { code: r.risk.code, column: t('register.col.status') }), r.risk.id, { status: v as (typeof RISK_STATUS)[number] }),
    },
    scoreColumn(t, 'likelihood', likelihood, likelihood, scales.likelihood),
    dims.length > 0
      ? { id: 'impact', header: impact, sort: 'value:impact', kind: 'readonly', className: 'col-score', display: (r) => (r.impact === null ? '' : (scales.impact.find((c) => c.value === r.impact)?.code ?? '')) }
      : scoreColumn(t, 'impact', impact, impact, scales.impact),
    ...dims.map((d) => scoreColumn(t, `impact.${d.id}`, d.label, t('register.col.impactDimension', { dimension: d.label }), scales.impact)),
    { id: 'score', header: t('register.col.score'), sort: 'score', kind: 'readonly', className: 'col-num', display: (r) => (r.score === null ? '' : String(r.score)) },
    { id: 'band', header: t('register.col.band'), sort: 'score', kind: 'band', className: 'col-band', display: (r) => r.band?.label ?? '' },
  ];
  for (const c of scales.criteria.filter((x) => x.enabled)) {
    cols.push({
      id: c.id,
      header: c.label,
      title: c.label,
      sort: `value:${c.id}`,
      kind: 'choice',
      className: 'col-criterion',
      display: (r) => (r.values[c.id] === undefined ? '' : (c.options[r.values[c.id]! - 1] ?? `${r.values[c.id]}?`)),
      value: (r) => (r.values[c.id] === undefined ? NONE : String(r.values[c.id])),
      choices: [{ value: NONE, label: '–' }, ...c.options.map((o, i) => ({ value: String(i + 1), label: `${i + 1} · ${o}` }))],
      quick: (key) => (/^\d$/.test(key) && Number(key) >= 1 && Number(key) <= c.options.length ? key : null),
      commit: (ctx, r, v) => scoreRisk(ctx.useDoc, t('register.edit.score', { code: r.risk.code, column: c.label }), r.risk.id, c.id, v === NONE ? null : Number(v)),
    });
  }
  cols.push(
    {
      id: 'priority',
      header: t('register.col.priority'),
      sort: 'priority',
      kind: 'choice',
      className: 'col-priority',
      display: (r) => (r.risk.priorityAdvice ? t(`vocab.priorityAdvice.${r.risk.priorityAdvice}`) : ''),
      value: (r) => r.risk.priorityAdvice ?? NONE,
      choices: [{ value: NONE, label: '–' }, ...PRIORITY_ADVICE.map((p) => ({ value: p, label: t(`vocab.priorityAdvice.${p}`) }))],
      commit: (ctx, r, v) =>
        patchRisk(ctx.useDoc, t('register.edit.cell', { code: r.risk.code, column: t('register.col.priority') }), r.risk.id, { priorityAdvice: (v || null) as (typeof PRIORITY_ADVICE)[number] | null }),
    },
    { id: 'open', header: '', title: t('register.open'), kind: 'open', className: 'col-open', display: () => '' },
  );
  return cols;
}
