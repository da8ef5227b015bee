/**
 * Carries out an import plan on a document draft: new own themes and areas first, then every row
 * as a new risk or an update of the risk with the same code, with its scores. Meant to run as ONE
 * edit (one undo entry); it refuses a plan with errors, and if anything still fails midway the
 * edit throws and the draft is discarded — all or nothing.
 */
import { because, CheckError } from '../model/check.ts';
import type { ProjectDoc } from '../model/doc.ts';
import { addArea } from '../model/ops/areas.ts';
import { addRisk, updateRisk, type RiskPatch } from '../model/ops/risks.ts';
import { rowsOf } from '../model/ops/read.ts';
import { allowedValues } from '../model/ops/scores.ts';
import { freshId, now } from '../model/ops/stamp.ts';
import { addTheme } from '../model/ops/themes.ts';
import { normalise } from './normalise.ts';
import type { ImportPlan, RowPlan } from './planImport.ts';
import type { AreaRef, ThemeRef } from './resolveRefs.ts';

export interface ImportResult {
  created: string[];
  updated: string[];
  newAreas: number;
  newThemes: number;
}

/** Applies `plan` to `doc` (a draft) and returns the ids of created and updated risks. */
export function applyImport(doc: ProjectDoc, plan: ImportPlan): ImportResult {
  if (plan.errorCount > 0) throw new CheckError('import', because('reason.listHasErrors', { count: plan.errorCount }));
  const themeIds = new Map<string, string>();
  const areaIds = new Map<string, string>();

  const themeId = (ref: ThemeRef): string => {
    if (ref.kind === 'existing') return ref.id;
    const key = `${ref.fieldId}/${normalise(ref.label)}`;
    let id = themeIds.get(key);
    if (!id) {
      id = addTheme(doc, { label: ref.label, parentId: ref.fieldId });
      themeIds.set(key, id);
    }
    return id;
  };
  const areaId = (ref: AreaRef): string => {
    if (ref.kind === 'existing') return ref.id;
    const key = normalise(ref.name);
    let id = areaIds.get(key);
    if (!id) {
      id = addArea(doc, { name: ref.name, kind: ref.areaKind, cbsCode: ref.cbsCode });
      areaIds.set(key, id);
    }
    return id;
  };

  const scores = scoreWriter(doc);
  const result: ImportResult = { created: [], updated: [], newAreas: 0, newThemes: 0 };
  for (const row of plan.rows) {
    const patch = patchOf(row, themeId, areaId);
    let riskId = row.riskId;
    if (riskId) {
      updateRisk(doc, riskId, patch);
      result.updated.push(riskId);
    } else {
      const { title, ...rest } = patch;
      riskId = addRisk(doc, { ...rest, title: title ?? row.code, code: row.code });
      result.created.push(riskId);
    }
    for (const s of row.scores) scores(riskId, s.criterion, s.value);
  }
  result.newAreas = areaIds.size;
  result.newThemes = themeIds.size;
  return result;
}

/**
 * Sets agreed scores like `setScore`, but with one index of the existing scores instead of a scan
 * of the scores table per call — a 1000-row list has 6000 scores to write.
 */
function scoreWriter(doc: ProjectDoc): (riskId: string, criterion: string, value: number) => void {
  const existing = new Map<string, string>();
  for (const s of rowsOf(doc.scores)) if (s.session === '') existing.set(`${s.riskId}|${s.criterion}`, s.id);
  const allowed = new Map<string, number[] | null>();
  return (riskId, criterion, value) => {
    if (!allowed.has(criterion)) allowed.set(criterion, allowedValues(doc.project.scales, criterion));
    const ok = allowed.get(criterion);
    if (!ok || !ok.includes(value)) throw new CheckError(`score.${criterion}`, because('check.oneOf', { values: ok?.join(', ') ?? '(geen)' }));
    const at = now();
    const id = existing.get(`${riskId}|${criterion}`);
    const score = id ? doc.scores[id] : undefined;
    if (score) {
      if (score.value === value) return;
      score.value = value;
      score.updatedAt = at;
    } else {
      const fresh = freshId();
      doc.scores[fresh] = { id: fresh, createdAt: at, updatedAt: at, riskId, criterion, value, session: '' };
      existing.set(`${riskId}|${criterion}`, fresh);
    }
    doc.project.updatedAt = at;
  };
}

function patchOf(row: RowPlan, themeId: (r: ThemeRef) => string, areaId: (r: AreaRef) => string): RiskPatch {
  const patch: RiskPatch = { ...row.texts };
  if (row.theme) patch.themeId = themeId(row.theme);
  if (row.areas) patch.areaIds = [...new Set(row.areas.map(areaId))];
  if (row.status) patch.status = row.status;
  if (row.priorityAdvice) patch.priorityAdvice = row.priorityAdvice;
  return patch;
}
