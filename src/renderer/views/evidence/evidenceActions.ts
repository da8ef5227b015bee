/**
 * What the Figures view changes: the evidence lives in the document (format version 4), so
 * reading a file, removing a table and re-mapping a kind are ordinary edits, one undo entry each,
 * saved with the project.
 */
import { kindName } from '../../../shared/evidence/figures.ts';
import { defaultMapping } from '../../../shared/evidence/mapping.ts';
import type { EvidenceImport } from '../../../shared/evidence/types.ts';
import { mapEvidenceKind, removeEvidenceTable, storeEvidence } from '../../../shared/model/ops/evidence.ts';
import type { StarterList } from '../../../shared/starter/starterList.ts';
import type { CommandContext } from '../../AppContext.tsx';
import type { TFn } from '../../i18n/useT.ts';

/** Keeps a read file's series in the project, each kind mapped to its default risk. */
export function keepImport(ctx: CommandContext, t: TFn, result: EvidenceImport, starter: StarterList | null): void {
  ctx.useDoc.getState().edit(t('evidence.storeUndo', { table: result.tableId }), (d) => {
    storeEvidence(d, result, defaultMapping(d, new Set(result.observations.map((o) => o.kind)), starter));
  });
}

export function removeTable(ctx: CommandContext, t: TFn, tableId: string): void {
  ctx.useDoc.getState().edit(t('evidence.removeUndo', { table: tableId }), (d) => removeEvidenceTable(d, tableId));
}

export function setKindRisk(ctx: CommandContext, t: TFn, kind: string, riskId: string | null): void {
  ctx.useDoc.getState().edit(t('evidence.mapUndo', { kind: kindName(kind) }), (d) => mapEvidenceKind(d, kind, riskId));
}
