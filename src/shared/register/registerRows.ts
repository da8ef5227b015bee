/**
 * The register as rows: each risk with its field and theme, areas, scores, risk score and band,
 * the extra criteria and the priority advice — what the register view shows, filters and sorts,
 * and what the export writes. Built in one pass over the document.
 */
import { allRiskScores } from '../model/riskScore.ts';
import type { ProjectDoc } from '../model/doc.ts';
import type { Area, Risk, Theme } from '../model/entities.ts';
import { allowedValues } from '../model/ops/scores.ts';
import type { Band } from '../model/scalesSchema.ts';
import { indexDoc } from '../model/query.ts';
import { riskSearchText } from '../model/search.ts';

export interface RegisterRow {
  risk: Risk;
  /** The Kernbeleid field (veiligheidsveld) of the risk's theme, or the field itself. */
  field: Theme | null;
  /** The theme, or null when the risk hangs directly under a field (or nowhere). */
  theme: Theme | null;
  areas: Area[];
  /** Agreed score values by criterion ('likelihood', 'impact', 'impact.persons', 'trend', …). */
  values: Record<string, number>;
  likelihood: number | null;
  impact: number | null;
  score: number | null;
  band: Band | null;
  /** Criteria whose stored value is not on the project's current scale: to be reviewed. */
  outOfRange: string[];
  /** Everything the search box finds the risk by: its own texts and its bow-tie's (src/shared/model/search.ts). */
  searchText: string;
}

/** One row per risk, in register order. */
export function registerRows(doc: ProjectDoc): RegisterRow[] {
  const values = new Map<string, Record<string, number>>();
  for (const s of Object.values(doc.scores)) {
    if (s.session !== '') continue;
    let v = values.get(s.riskId);
    if (!v) values.set(s.riskId, (v = {}));
    v[s.criterion] = s.value;
  }
  const allowed = new Map<string, Set<number> | null>();
  const allowedFor = (criterion: string) => {
    if (!allowed.has(criterion)) {
      const list = allowedValues(doc.project.scales, criterion);
      allowed.set(criterion, list ? new Set(list) : null);
    }
    return allowed.get(criterion)!;
  };
  const scores = allRiskScores(doc);
  const index = indexDoc(doc);
  const texts = riskSearchText(doc, index);
  return index.risks.map((risk) => {
    const own = doc.themes[risk.themeId ?? ''] ?? null;
    const parent = own?.parentId ? (doc.themes[own.parentId] ?? null) : null;
    const v = values.get(risk.id) ?? {};
    const scored = scores.get(risk.id) ?? null;
    const outOfRange = Object.entries(v)
      .filter(([criterion, value]) => {
        const ok = allowedFor(criterion);
        return ok !== null && !ok.has(value);
      })
      .map(([criterion]) => criterion);
    return {
      risk,
      field: parent ?? own,
      theme: parent ? own : null,
      areas: risk.areaIds.map((id) => doc.areas[id]).filter((a): a is Area => Boolean(a)),
      values: v,
      likelihood: scored?.likelihood ?? null,
      impact: scored?.impact ?? null,
      score: scored?.score ?? null,
      band: scored?.band ?? null,
      outOfRange,
      searchText: texts.get(risk.id) ?? '',
    };
  });
}
