/**
 * The dry run of an import: reads every row of a mapped list against the project (scales,
 * taxonomy, areas, existing codes) and says per row what would happen and what is wrong. The UI
 * shows this as the preview; `applyImport` carries out a plan without errors, all at once.
 */
import { CheckError } from '../model/check.ts';
import type { ProjectDoc } from '../model/doc.ts';
import { areaCheck, riskCheck, themeCheck } from '../model/entities.ts';
import type { PriorityAdvice, RiskStatus } from '../model/vocab.ts';
import type { MessageKey } from '../i18n/t.ts';
import { criterionOf, type ColumnMapping, type ColumnTarget } from './columns.ts';
import { normalise } from './normalise.ts';
import { parseOption, parsePriority, parseScaleClass, parseStatus, splitList } from './parseValues.ts';
import { AreaIndex, ThemeIndex, type AreaRef, type ThemeRef } from './resolveRefs.ts';
import { MAX_IMPORT_ROWS, type SheetTable } from './sheetTable.ts';

/** Something wrong with the list or one cell; `column` is the 0-based column, if any. */
export interface ImportIssue {
  column: number | null;
  key: MessageKey;
  params: Record<string, string | number>;
}

export interface RowTexts {
  title?: string;
  description?: string;
  hazard?: string;
  centralEvent?: string;
}

/** What one row of the list would do. Fields left undefined are not touched on an update. */
export interface RowPlan {
  line: number;
  action: 'create' | 'update';
  /** The existing risk an update changes (matched by code). */
  riskId: string | null;
  code: string;
  texts: RowTexts;
  theme: ThemeRef | null | undefined;
  areas: AreaRef[] | undefined;
  status: RiskStatus | undefined;
  priorityAdvice: PriorityAdvice | undefined;
  scores: { criterion: string; value: number }[];
  issues: ImportIssue[];
}

export interface ImportPlan {
  rows: RowPlan[];
  /** Problems with the list as a whole (no title column, a target mapped twice, too many rows). */
  issues: ImportIssue[];
  /** Number of issues in all rows plus list issues; the plan can be applied only when 0. */
  errorCount: number;
  creates: number;
  updates: number;
  newAreas: string[];
  newThemes: string[];
}

const TEXT_TARGETS = ['title', 'description', 'hazard', 'centralEvent'] as const;

const R_CODE = /^R(\d+)$/;

/** Why `value` cannot be the `field` of an entity (its model check's reason), or null. */
function reasonOf(check: (value: unknown, path: string) => unknown, value: string, field: string): string | null {
  try {
    check(value, field);
    return null;
  } catch (err) {
    if (err instanceof CheckError) return err.reason;
    throw err;
  }
}

function checkText(field: (typeof TEXT_TARGETS)[number] | 'code', value: string): string | null {
  return reasonOf(riskCheck.shape[field], value, field);
}

function listIssues(table: SheetTable, mapping: ColumnMapping, doc: ProjectDoc): ImportIssue[] {
  const issues: ImportIssue[] = [];
  if (table.rows.length === 0) issues.push({ column: null, key: 'register.import.error.noRows', params: {} });
  if (table.rows.length > MAX_IMPORT_ROWS) issues.push({ column: null, key: 'register.import.error.tooManyRows', params: { count: table.rows.length, max: MAX_IMPORT_ROWS } });
  const seen = new Map<ColumnTarget, number>();
  mapping.forEach((target, i) => {
    if (!target) return;
    const first = seen.get(target);
    if (first !== undefined) issues.push({ column: i, key: 'register.import.error.duplicateTarget', params: { a: table.headers[first] ?? '', b: table.headers[i] ?? '' } });
    else seen.set(target, i);
  });
  if (!seen.has('title') && !(seen.has('code') && Object.keys(doc.risks).length > 0)) issues.push({ column: null, key: 'register.import.error.noTitleColumn', params: {} });
  return issues;
}

/** Plans the import of `table` with `mapping` into `doc`. Pure: `doc` is not changed. */
export function planImport(doc: ProjectDoc, table: SheetTable, mapping: ColumnMapping): ImportPlan {
  const issues = listIssues(table, mapping, doc);
  const scales = doc.project.scales;
  const themes = new ThemeIndex(doc);
  const areas = new AreaIndex(doc);
  const riskByCode = new Map(Object.values(doc.risks).map((r) => [normalise(r.code), r]));
  const codeLines = new Map<string, number>();
  const col = (target: ColumnTarget) => mapping.indexOf(target);
  const at = (cells: string[], target: ColumnTarget) => {
    const i = col(target);
    return i >= 0 ? (cells[i] ?? '') : undefined;
  };

  // Risk codes: those in the file are kept; rows without one get the next free R-number.
  let maxR = 0;
  const noteCode = (code: string) => {
    const m = R_CODE.exec(code);
    if (m) maxR = Math.max(maxR, Number(m[1]));
  };
  for (const r of Object.values(doc.risks)) noteCode(r.code);
  for (const row of table.rows) noteCode((at(row.cells, 'code') ?? '').trim().toUpperCase());

  const rows = table.rows.map((row): RowPlan => {
    const rowIssues: ImportIssue[] = [];
    const cells = row.cells;
    const fail = (target: ColumnTarget, key: MessageKey, params: Record<string, string | number> = {}) =>
      rowIssues.push({ column: col(target), key, params: { column: table.headers[col(target)] ?? '', ...params } });

    const rawCode = (at(cells, 'code') ?? '').trim();
    const existing = rawCode ? riskByCode.get(normalise(rawCode)) : undefined;
    let code = existing?.code ?? rawCode;
    if (rawCode) {
      const key = normalise(rawCode);
      const earlier = codeLines.get(key);
      if (earlier !== undefined) fail('code', 'register.import.error.duplicateCode', { code: rawCode, line: earlier });
      else codeLines.set(key, row.line);
      const reason = checkText('code', rawCode);
      if (reason) fail('code', 'register.import.error.invalid', { reason });
    } else {
      code = `R${String(++maxR).padStart(2, '0')}`;
    }

    const texts: RowTexts = {};
    for (const target of TEXT_TARGETS) {
      const value = at(cells, target);
      if (value === undefined || value === '') continue;
      const reason = checkText(target, value);
      if (reason) fail(target, 'register.import.error.invalid', { reason });
      else texts[target] = value;
    }
    if (!existing && !texts.title) fail('title', 'register.import.error.noTitle');

    // Field and theme.
    let theme: ThemeRef | null | undefined;
    const rawField = at(cells, 'field') ?? '';
    const rawTheme = at(cells, 'theme') ?? '';
    const field = rawField ? themes.field(rawField) : undefined;
    if (rawField && !field) fail('field', 'register.import.error.unknownField', { value: rawField });
    if (rawTheme) {
      const found = themes.theme(rawTheme, field?.id ?? null);
      if (found && field && found.id !== field.id && found.parentId !== field.id) {
        fail('theme', 'register.import.error.themeNotInField', { theme: rawTheme, field: rawField });
      } else if (found) {
        theme = { kind: 'existing', id: found.id };
      } else if (field) {
        const reason = reasonOf(themeCheck.shape.label, rawTheme, 'label');
        if (reason) fail('theme', 'register.import.error.invalid', { reason });
        else theme = { kind: 'new', label: rawTheme, fieldId: field.id };
      } else if (!rawField) {
        fail('theme', 'register.import.error.unknownTheme', { value: rawTheme });
      }
    } else if (field) {
      theme = { kind: 'existing', id: field.id };
    }

    const rawAreas = at(cells, 'areas');
    // A new area must be one the project can hold (a name of at most 300 characters).
    const areaRefs = rawAreas
      ? splitList(rawAreas)
          .map((name) => areas.resolve(name))
          .filter((a) => {
            const reason = a.kind === 'new' ? reasonOf(areaCheck.shape.name, a.name, 'name') : null;
            if (reason) fail('areas', 'register.import.error.invalid', { reason });
            return !reason;
          })
      : undefined;

    const rawStatus = at(cells, 'status') ?? '';
    const status = parseStatus(rawStatus);
    if (status === undefined) fail('status', 'register.import.error.status', { value: rawStatus });
    const rawPriority = at(cells, 'priority') ?? '';
    const priorityAdvice = parsePriority(rawPriority);
    if (priorityAdvice === undefined) fail('priority', 'register.import.error.priority', { value: rawPriority });

    const scores: RowPlan['scores'] = [];
    mapping.forEach((target, i) => {
      const criterion = criterionOf(target);
      const raw = cells[i] ?? '';
      if (!criterion || !target || raw === '') return;
      const extra = scales.criteria.find((c) => c.id === criterion);
      if (extra) {
        const value = parseOption(raw, extra);
        if (value === undefined) fail(target, 'register.import.error.option', { value: raw, options: extra.options.join(', ') });
        else if (value !== null) scores.push({ criterion, value });
        return;
      }
      const classes = criterion.endsWith('likelihood') ? scales.likelihood : scales.impact;
      const value = parseScaleClass(raw, classes);
      if (value === undefined) fail(target, 'register.import.error.scale', { value: raw, range: classes.map((c) => c.code).join(', ') });
      else if (value !== null) scores.push({ criterion, value });
    });

    return {
      line: row.line,
      action: existing ? 'update' : 'create',
      riskId: existing?.id ?? null,
      code,
      texts,
      theme,
      areas: areaRefs,
      status: status ?? undefined,
      priorityAdvice: priorityAdvice ?? undefined,
      scores,
      issues: rowIssues,
    };
  });

  const newAreas = new Map<string, string>();
  const newThemes = new Map<string, string>();
  for (const r of rows) {
    for (const a of r.areas ?? []) if (a.kind === 'new' && !newAreas.has(normalise(a.name))) newAreas.set(normalise(a.name), a.name);
    const key = r.theme?.kind === 'new' ? `${r.theme.fieldId}/${normalise(r.theme.label)}` : null;
    if (key && r.theme?.kind === 'new' && !newThemes.has(key)) newThemes.set(key, r.theme.label);
  }
  return {
    rows,
    issues,
    errorCount: issues.length + rows.reduce((n, r) => n + r.issues.length, 0),
    creates: rows.filter((r) => r.action === 'create').length,
    updates: rows.filter((r) => r.action === 'update').length,
    newAreas: [...newAreas.values()],
    newThemes: [...newThemes.values()],
  };
}
