/** Small readers over the stores shared by the bow-tie commands. */
import type { ProjectDoc } from '../../shared/model/doc.ts';
import { useUi } from '../store/uiStore.ts';
import type { CommandContext } from '../AppContext.tsx';

export interface BowtieView {
  doc: ProjectDoc;
  riskId: string;
  selection: string | null;
}

/** The open bow-tie, or null when the bow-tie view of an existing risk is not on screen. */
export function bowtieView(ctx: CommandContext): BowtieView | null {
  const ui = useUi.getState();
  const doc = ctx.useDoc.getState().doc;
  if (!doc || ui.view !== 'bowtie' || !ui.riskId || !doc.risks[ui.riskId]) return null;
  return { doc, riskId: ui.riskId, selection: ui.selection };
}
