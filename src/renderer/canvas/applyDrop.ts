/** Turns a dropped node into one edit (one undo entry): a reorder, a move to another path, or a nudge. */
import { removeOverride, setOverride } from '../../shared/model/ops/layout.ts';
import { moveLine } from '../../shared/model/ops/lines.ts';
import { movePlacement } from '../../shared/model/ops/measures.ts';
import type { BowtieLayout } from '../../shared/layout/types.ts';
import type { CommandContext } from '../AppContext.tsx';
import { t } from '../../shared/i18n/t.ts';
import { useUi } from '../store/uiStore.ts';
import { dropAction } from './dropAction.ts';

export function applyDrop(ctx: CommandContext, riskId: string, layout: BowtieLayout, key: string, dropped: { x: number; y: number }): void {
  const doc = ctx.useDoc.getState().doc;
  const node = layout.nodes.find((n) => n.key === key);
  if (!doc || !node) return;
  const action = dropAction(doc, layout, key, dropped);
  const gesture = `drag:${key}:${Date.now()}`;
  const label = (k: 'bowtie.moveNode') => t(useUi.getState().lang, k);
  switch (action.kind) {
    case 'reorder':
      if (node.kind === 'measure') ctx.useDoc.getState().edit(label('bowtie.moveNode'), (d) => movePlacement(d, node.refId, action.index), { riskId, gesture });
      else ctx.useDoc.getState().edit(label('bowtie.moveNode'), (d) => moveLine(d, node.refId, action.index), { riskId, gesture });
      break;
    case 'movePath':
      ctx.useDoc.getState().edit(label('bowtie.moveNode'), (d) => movePlacement(d, node.refId, action.index, { pathKind: action.pathKind, pathId: action.pathId }), { riskId, gesture });
      break;
    case 'nudge':
      ctx.useDoc.getState().edit(label('bowtie.moveNode'), (d) => setOverride(d, riskId, key, { dx: action.dx, dy: action.dy }), { riskId, gesture });
      break;
    case 'unnudge':
      ctx.useDoc.getState().edit(label('bowtie.moveNode'), (d) => removeOverride(d, riskId, key), { riskId, gesture });
      break;
    case 'none':
      break;
  }
  ctx.useDoc.getState().endGesture();
}
