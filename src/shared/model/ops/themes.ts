/**
 * Operations on the taxonomy: safety fields (veiligheidsvelden, parentId null) and their themes.
 * Municipalities add their own fields and themes next to the Kernbeleid defaults. Two levels
 * only: a theme always hangs below a field.
 */
import { because, CheckError, c } from '../check.ts';
import type { ProjectDoc } from '../doc.ts';
import { themeCheck, type Theme } from '../entities.ts';
import { assignPatch, checkIndex, checkPatch, need, type InputOf } from './guard.ts';
import { placeAt, renumber, siblings } from './order.ts';
import { freshId, now, touchProject } from './stamp.ts';
import { editableWhere, rowsOf, some } from './read.ts';

const f = themeCheck.shape;
const addInput = c.object({ label: f.label, parentId: c.optional(f.parentId), code: c.optional(f.code), index: c.optional(c.int({ min: 0 })) });
export type AddThemeInput = InputOf<typeof addInput>;

const EDITABLE = ['label', 'code', 'parentId'] as const;
export type ThemePatch = Partial<Pick<Theme, (typeof EDITABLE)[number]>>;

function group(doc: ProjectDoc, parentId: string | null): Theme[] {
  return siblings(doc.themes, (t) => t.parentId === parentId);
}

function needField(doc: ProjectDoc, id: string | null | undefined, path: string): Theme | null {
  if (id === null || id === undefined) return null;
  const field = need(doc, 'themes', id, path);
  if (field.parentId !== null) throw new CheckError(path, because('check.notAField'));
  return field;
}

/** A code for an own field ("EV1", "EV2", …) or an own theme ("VWL-E1", …) that is not in use. */
function ownCode(doc: ProjectDoc, field: Theme | null): string {
  const prefix = field ? `${field.code}-E` : 'EV';
  const used = new Set(rowsOf(doc.themes).map((t) => t.code));
  let n = 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** Adds an own field (no parentId) or an own theme below a field; returns its id. */
export function addTheme(doc: ProjectDoc, input: AddThemeInput): string {
  const v = addInput(input, 'thema');
  const field = needField(doc, v.parentId, 'thema.parentId');
  const at = now();
  const id = freshId();
  const others = group(doc, field?.id ?? null);
  doc.themes[id] = { id, createdAt: at, updatedAt: at, code: v.code ?? ownCode(doc, field), parentId: field?.id ?? null, label: v.label, order: -1 };
  placeAt(others, doc.themes[id]!, v.index, at);
  touchProject(doc, at);
  return id;
}

/** Renames a field or theme, changes its code, or moves a theme to another field. */
export function updateTheme(doc: ProjectDoc, themeId: string, patch: ThemePatch): void {
  const theme = need(doc, 'themes', themeId, 'id');
  const p = checkPatch(f, EDITABLE, patch);
  const at = now();
  let moved = false;
  if (p.parentId !== undefined && p.parentId !== theme.parentId) {
    if (p.parentId === themeId) throw new CheckError('wijziging.parentId', because('check.themeUnderItself'));
    needField(doc, p.parentId, 'wijziging.parentId');
    if (p.parentId !== null && some(doc.themes, (t) => t.parentId === themeId)) {
      throw new CheckError('wijziging.parentId', because('check.fieldWithThemes'));
    }
    const from = theme.parentId;
    placeAt(group(doc, p.parentId), theme, undefined, at);
    theme.parentId = p.parentId;
    theme.updatedAt = at;
    renumber(group(doc, from), at);
    moved = true;
  }
  if (assignPatch(theme, p, at) || moved) touchProject(doc, at);
}

/** Moves a field or theme to `index` within its group. */
export function moveTheme(doc: ProjectDoc, themeId: string, index: number): void {
  const theme = need(doc, 'themes', themeId, 'id');
  const i = checkIndex(index) ?? Number.MAX_SAFE_INTEGER;
  const at = now();
  if (placeAt(group(doc, theme.parentId), theme, i, at)) touchProject(doc, at);
}

/**
 * Deletes a theme (its risks move up to the field) or a field with its themes (their risks lose
 * their classification).
 */
export function deleteTheme(doc: ProjectDoc, themeId: string): void {
  const theme = need(doc, 'themes', themeId, 'id');
  const at = now();
  const gone = new Set([themeId, ...rowsOf(doc.themes).filter((t) => t.parentId === themeId).map((t) => t.id)]);
  const fallback = theme.parentId;
  for (const r of editableWhere(doc.risks, (x) => x.themeId !== null && gone.has(x.themeId))) {
    r.themeId = fallback;
    r.updatedAt = at;
  }
  for (const id of gone) delete doc.themes[id];
  renumber(group(doc, fallback), at);
  touchProject(doc, at);
}
