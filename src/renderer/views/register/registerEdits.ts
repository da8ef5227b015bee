/**
 * The edits the register and the matrix make, each one undo entry, all through the model's
 * operations. Components call these; they never change the document themselves.
 */
import { addArea } from '../../../shared/model/ops/areas.ts';
import { addRisk, updateRisk, type RiskPatch } from '../../../shared/model/ops/risks.ts';
import { setScore } from '../../../shared/model/ops/scores.ts';
import type { CommandContext } from '../../AppContext.tsx';

type Edit = CommandContext['useDoc'];

/** Changes fields of a risk (title, code, theme, areas, status, advice). */
export function patchRisk(useDoc: Edit, label: string, riskId: string, patch: RiskPatch): void {
  useDoc.getState().edit(label, (d) => updateRisk(d, riskId, patch), { riskId });
}

/** Sets or clears one score of a risk. */
export function scoreRisk(useDoc: Edit, label: string, riskId: string, criterion: string, value: number | null): void {
  useDoc.getState().edit(label, (d) => setScore(d, riskId, criterion, value), { riskId });
}

/** Moves a risk to another matrix cell: likelihood and impact in one undo entry. */
export function rescoreRisk(useDoc: Edit, label: string, riskId: string, likelihood: number, impact: number | null): void {
  useDoc.getState().edit(
    label,
    (d) => {
      setScore(d, riskId, 'likelihood', likelihood);
      if (impact !== null) setScore(d, riskId, 'impact', impact);
    },
    { riskId },
  );
}

/** Adds a risk at the end of the register (optionally in a field or theme); returns its id. */
export function quickAddRisk(useDoc: Edit, label: string, title: string, themeId: string | null): string | undefined {
  return useDoc.getState().edit(label, (d) => addRisk(d, { title, themeId }));
}

/** Adds an area and puts it on a risk, in one undo entry. */
export function addAreaToRisk(useDoc: Edit, label: string, riskId: string, name: string): void {
  useDoc.getState().edit(
    label,
    (d) => {
      const existing = Object.values(d.areas).find((a) => a.name.toLowerCase() === name.toLowerCase());
      const id = existing?.id ?? addArea(d, { name, kind: 'district' });
      const risk = d.risks[riskId];
      if (risk && !risk.areaIds.includes(id)) updateRisk(d, riskId, { areaIds: [...risk.areaIds, id] });
    },
    { riskId },
  );
}
