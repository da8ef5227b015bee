/**
 * Where the selection goes after undo and redo: to the element the step changed, so the next
 * arrow or letter acts there. The changed element is found from the step's patches (table and
 * id, matched against the nodes' entity and line ids); when the step removed it, the selection
 * lands on a neighbour that is still there, as after a delete.
 */
import type { Patch } from 'immer';
import type { BowtieLayout, LayoutNode } from '../../shared/layout/types.ts';
import { canvasBridge } from '../canvas/canvasBridge.ts';
import { useEditor } from '../canvas/editorStore.ts';
import { step } from '../canvas/navigation.ts';
import { useUi } from '../store/uiStore.ts';

/** Lower ranks win when one step changed several elements (a measure with its escalation factors). */
const RANK: Record<string, number> = { cause: 0, consequence: 0, measure: 0, escalationMeasure: 0, escalation: 1, hazard: 2, event: 2 };

function touched(patches: readonly Patch[]): { ids: Set<string>; riskFields: Set<string> } {
  const ids = new Set<string>();
  const riskFields = new Set<string>();
  for (const p of patches) {
    const [table, id, field] = p.path;
    if (typeof id !== 'string') continue;
    ids.add(id);
    if (table === 'risks' && typeof field === 'string') riskFields.add(field);
  }
  return { ids, riskFields };
}

/** The node of `layout` that `patches` changed, if it is on screen. */
function changedNode(layout: BowtieLayout, patches: readonly Patch[]): LayoutNode | null {
  const { ids, riskFields } = touched(patches);
  const hits = layout.nodes.filter((n) => n.kind !== 'hazard' && n.kind !== 'event' && (ids.has(n.refId) || ids.has(n.entityId)));
  hits.sort((a, b) => (RANK[a.kind] ?? 3) - (RANK[b.kind] ?? 3));
  if (hits[0]) return hits[0];
  const risk = layout.nodes.find((n) => n.kind === 'event');
  if (!risk || !ids.has(risk.refId)) return null;
  return layout.nodes.find((n) => n.kind === (riskFields.has('hazard') ? 'hazard' : 'event')) ?? null;
}

/**
 * Runs `replay` (an undo or redo that applies `patches`) and then selects what it changed.
 * `before` is the layout on screen before the step, for a neighbour of a removed element.
 */
export function replayAndSelect(patches: readonly Patch[] | undefined, replay: () => void): void {
  const before = canvasBridge.get()?.layout ?? null;
  replay();
  if (!patches) return;
  useEditor.getState().setLastMove(null);
  requestAnimationFrame(() => {
    const bridge = canvasBridge.get();
    if (!bridge) return;
    const after = bridge.layout;
    const there = (k: string | null) => k !== null && after.nodes.some((n) => n.key === k);
    let key = changedNode(after, patches)?.key ?? null;
    if (!key && before) {
      const gone = changedNode(before, patches);
      const near = gone ? (['up', 'left', 'down', 'right'] as const).map((d) => step(before.nodes, before.edges, gone.key, d, null)) : [];
      key = near.find(there) ?? null;
    }
    const current = useUi.getState().selection;
    const target = key ?? (current && there(current) ? current : 'event');
    useUi.getState().select(target);
    bridge.reveal(target);
    bridge.focus(target);
  });
}
