/**
 * The register as a plain table for the xlsx and csv exports: headers in the project's language
 * that the import recognises again (an exported list can be edited in Excel and read back), scale
 * classes as their codes ("3" or "C"), extra criteria as their option labels.
 */
import { t, type MessageKey } from '../i18n/t.ts';
import type { ProjectDoc } from '../model/doc.ts';
import type { Language } from '../model/vocab.ts';
import { areaCell } from './areaCell.ts';
import { registerRows, type RegisterRow } from './registerRows.ts';

/** The residual risk's scores (after measures): columns only in a register where a risk has one. */
const RESIDUAL: readonly { criterion: string; key: MessageKey }[] = [
  { criterion: 'residual.likelihood', key: 'register.col.residualLikelihood' },
  { criterion: 'residual.impact', key: 'register.col.residualImpact' },
];

export type ExportCell = string | number | null;

export interface ExportColumn {
  header: string;
  /** Width hint in characters for the workbook. */
  width: number;
  /** Set for the columns holding a class of a scale: the criterion. */
  criterion?: string;
  value(row: RegisterRow): ExportCell;
}

export interface ExportTable {
  columns: ExportColumn[];
  rows: RegisterRow[];
}

/**
 * The export columns for the project's current scales (only enabled dimensions and criteria, and
 * the residual risk when `rows` hold one). Areas carry their kind and CBS code (areaCell.ts), so
 * an exported list reads back with the same areas.
 */
export function exportColumns(doc: ProjectDoc, lang: Language = doc.project.language, rows: readonly RegisterRow[] = []): ExportColumn[] {
  const scales = doc.project.scales;
  const h = (key: MessageKey, params?: Record<string, string>) => t(lang, key, params);
  const classCode = (criterion: string) => (r: RegisterRow) => {
    const v = r.values[criterion];
    if (v === undefined) return null;
    const list = criterion.endsWith('likelihood') ? scales.likelihood : scales.impact;
    const code = list.find((c) => c.value === v)?.code ?? String(v);
    return /^\d+$/.test(code) ? Number(code) : code;
  };
  const cols: ExportColumn[] = [
    { header: h('register.col.code'), width: 8, value: (r) => r.risk.code },
    { header: h('register.col.title'), width: 45, value: (r) => r.risk.title },
    { header: h('register.col.field'), width: 30, value: (r) => r.field?.label ?? null },
    { header: h('register.col.theme'), width: 30, value: (r) => r.theme?.label ?? null },
    { header: h('register.col.areas'), width: 24, value: (r) => r.areas.map((a) => areaCell(a, lang)).join('; ') || null },
    { header: h('register.col.status'), width: 14, value: (r) => t(lang, `vocab.riskStatus.${r.risk.status}`) },
    { header: h('register.col.likelihood'), width: 8, criterion: 'likelihood', value: classCode('likelihood') },
    { header: h('register.col.impact'), width: 8, criterion: 'impact', value: classCode('impact') },
  ];
  for (const d of scales.impactDimensions) {
    if (d.enabled) cols.push({ header: h('register.col.impactDimension', { dimension: d.label }), width: 12, criterion: `impact.${d.id}`, value: classCode(`impact.${d.id}`) });
  }
  cols.push(
    { header: h('register.col.score'), width: 8, value: (r) => r.score },
    { header: h('register.col.band'), width: 12, value: (r) => r.band?.label ?? null },
  );
  for (const { criterion, key } of RESIDUAL) {
    if (rows.some((r) => r.values[criterion] !== undefined)) cols.push({ header: h(key), width: 10, criterion, value: classCode(criterion) });
  }
  for (const c of scales.criteria) {
    if (!c.enabled) continue;
    cols.push({ header: c.label, width: 16, value: (r) => (r.values[c.id] === undefined ? null : (c.options[r.values[c.id]! - 1] ?? r.values[c.id]!)) });
  }
  cols.push(
    { header: h('register.col.priority'), width: 24, value: (r) => (r.risk.priorityAdvice ? t(lang, `vocab.priorityAdvice.${r.risk.priorityAdvice}`) : null) },
    { header: h('register.col.hazard'), width: 30, value: (r) => r.risk.hazard || null },
    { header: h('register.col.centralEvent'), width: 30, value: (r) => r.risk.centralEvent || null },
    { header: h('register.col.description'), width: 50, value: (r) => r.risk.description || null },
  );
  return cols;
}

/** Every risk of the register with the export columns. */
export function exportTable(doc: ProjectDoc, lang?: Language): ExportTable {
  const rows = registerRows(doc);
  return { columns: exportColumns(doc, lang, rows), rows };
}

/** The table as rows of cells, headers first (for CSV). */
export function exportCells(table: ExportTable): ExportCell[][] {
  return [table.columns.map((c) => c.header), ...table.rows.map((r) => table.columns.map((c) => c.value(r)))];
}
