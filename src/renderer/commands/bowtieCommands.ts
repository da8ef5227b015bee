/**
 * What the commands of the bow-tie editor do: adding elements relative to the selection,
 * renaming, deleting, reordering, moving the selection, zoom and path focus, the shortcut sheet,
 * the palette and the risk actions. Their ids, labels and keys are in the catalogue
 * (src/shared/commands/catalogue.ts).
 */
import { COMMANDS } from '../../shared/commands/catalogue.ts';
import { t, type MessageKey } from '../../shared/i18n/t.ts';
import { duplicateRisk } from '../../shared/model/ops/duplicateRisk.ts';
import { resetLayout } from '../../shared/model/ops/layout.ts';
import { deleteRisk } from '../../shared/model/ops/risks.ts';
import { canvasBridge } from '../canvas/canvasBridge.ts';
import { draftFor, type AddIntent } from '../canvas/drafts.ts';
import { useEditor, type QuickField } from '../canvas/editorStore.ts';
import { step, type Direction } from '../canvas/navigation.ts';
import { isRemovable, labelOf, moveNode, nodeInRisk, removeNode, reorderSpan } from '../canvas/nodeActions.ts';
import { parseNodeKey } from '../canvas/nodeKey.ts';
import { inEditorScope } from '../canvas/scope.ts';
import { bowtieView } from '../canvas/viewState.ts';
import { useUi } from '../store/uiStore.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import { escalationFactorsOf, placementsOnPath } from '../../shared/model/query.ts';
import { displayChord } from './keys.ts';
import type { CommandRun, CommandRuns } from './registry.ts';
import type { CommandContext } from '../AppContext.tsx';

const lang = () => useUi.getState().lang;
/** An undo entry's label in the current language. */
const label = (key: MessageKey) => t(lang(), key);

/** The bow-tie is on screen and the keyboard is on it. */
const onCanvas = (ctx: CommandContext) => inEditorScope() && bowtieView(ctx) !== null;

/** The selection, if it is an element of the bow-tie on screen. */
function selected(ctx: CommandContext): string | null {
  const view = bowtieView(ctx);
  return view?.selection && nodeInRisk(view.doc, view.riskId, view.selection) ? view.selection : null;
}

function select(key: string | null): void {
  useUi.getState().select(key);
  if (key) canvasBridge.get()?.reveal(key);
  canvasBridge.get()?.focus(key);
}

function addCommand(intent: AddIntent): CommandRun {
  const draft = (ctx: CommandContext) => {
    const view = bowtieView(ctx);
    return view ? draftFor(view.doc, view.riskId, selected(ctx), intent) : null;
  };
  return {
    enabled: (ctx) => inEditorScope() && draft(ctx) !== null,
    run(ctx) {
      const spec = draft(ctx);
      const doc = ctx.useDoc.getState().doc;
      if (!spec || !doc) return;
      if (useEditor.getState().startDraft(doc, spec)) {
        const key = useEditor.getState().editingKey;
        if (key) requestAnimationFrame(() => canvasBridge.get()?.reveal(key));
      }
    },
  };
}

function selectCommand(dir: Direction): CommandRun {
  return {
    enabled: onCanvas,
    run(ctx) {
      const layout = canvasBridge.get()?.layout;
      if (!layout) return;
      const from = selected(ctx);
      const to = step(layout.nodes, layout.edges, from, dir, useEditor.getState().lastMove);
      if (!to) return;
      useEditor.getState().setLastMove(from ? { from, to, dir } : null);
      select(to);
    },
  };
}

function moveCommand(id: 'bowtie.moveUp' | 'bowtie.moveDown' | 'bowtie.moveLeft' | 'bowtie.moveRight', axis: 'vertical' | 'horizontal', delta: -1 | 1): CommandRun {
  return {
    enabled(ctx) {
      const view = bowtieView(ctx);
      const sel = selected(ctx);
      const span = view && sel && inEditorScope() ? reorderSpan(view.doc, sel, axis) : null;
      return span !== null && span.index + delta >= 0 && span.index + delta < span.count;
    },
    run(ctx) {
      const view = bowtieView(ctx);
      const sel = selected(ctx);
      if (!view || !sel) return;
      ctx.useDoc.getState().edit(label(COMMANDS[id].labelKey), (d) => moveNode(d, sel, axis, delta), { riskId: view.riskId });
      requestAnimationFrame(() => select(sel));
    },
  };
}

/** Opens the quick-choice line for one property of the selected measure. */
function chooseCommand(field: QuickField): CommandRun {
  return {
    enabled: (ctx) => onCanvas(ctx) && parseNodeKey(selected(ctx))?.kind === 'measure',
    run(ctx) {
      const key = selected(ctx);
      if (key) useEditor.getState().setChoice({ field, key });
    },
  };
}

export const bowtieCommands = {
  'bowtie.addCause': addCommand('cause'),
  'bowtie.addConsequence': addCommand('consequence'),
  'bowtie.addPreventive': addCommand('preventive'),
  'bowtie.addLimiting': addCommand('limiting'),
  'bowtie.addMeasure': addCommand('measure'),
  'bowtie.addEscalation': addCommand('escalation'),
  'bowtie.rename': {
    enabled: (ctx) => onCanvas(ctx) && selected(ctx) !== null,
    run(ctx) {
      const key = selected(ctx);
      if (key) useEditor.getState().startRename(key);
    },
  },
  'bowtie.delete': {
    enabled: (ctx) => onCanvas(ctx) && isRemovable(selected(ctx)),
    run(ctx) {
      const view = bowtieView(ctx);
      const key = selected(ctx);
      const layout = canvasBridge.get()?.layout;
      if (!view || !key || !layout) return;
      // Land on a neighbour that survives the removal: above, else to the left, else the event.
      const candidates = (['up', 'left', 'down', 'right'] as const).map((d) => step(layout.nodes, layout.edges, key, d, null));
      const notice = goesAlong(view.doc, view.riskId, key);
      ctx.useDoc.getState().edit(label('bowtie.delete'), (d) => removeNode(d, key), { riskId: view.riskId });
      if (notice && !nodeInRisk(ctx.useDoc.getState().doc ?? view.doc, view.riskId, key)) ctx.notify(notice);
      useEditor.getState().setLastMove(null);
      requestAnimationFrame(() => {
        const after = canvasBridge.get()?.layout.nodes ?? [];
        select(candidates.find((k) => k && after.some((n) => n.key === k)) ?? 'event');
      });
    },
  },
  'bowtie.moveUp': moveCommand('bowtie.moveUp', 'vertical', -1),
  'bowtie.moveDown': moveCommand('bowtie.moveDown', 'vertical', 1),
  'bowtie.moveLeft': moveCommand('bowtie.moveLeft', 'horizontal', -1),
  'bowtie.moveRight': moveCommand('bowtie.moveRight', 'horizontal', 1),
  'bowtie.select.left': selectCommand('left'),
  'bowtie.select.right': selectCommand('right'),
  'bowtie.select.up': selectCommand('up'),
  'bowtie.select.down': selectCommand('down'),
  'bowtie.deselect': {
    enabled: (ctx) => onCanvas(ctx) && (useUi.getState().selection !== null || useEditor.getState().focusMode),
    run() {
      if (useEditor.getState().focusMode) return useEditor.getState().setFocusMode(false);
      useUi.getState().select(null);
      canvasBridge.get()?.focus(null);
    },
  },
  'view.zoomToFit': { enabled: onCanvas, run: () => canvasBridge.get()?.zoomToFit() },
  'view.zoomIn': { enabled: onCanvas, run: () => canvasBridge.get()?.zoomBy(1) },
  'view.zoomOut': { enabled: onCanvas, run: () => canvasBridge.get()?.zoomBy(-1) },
  'bowtie.focusPath': {
    enabled: (ctx) => onCanvas(ctx) && (useEditor.getState().focusMode || selected(ctx) !== null),
    run: () => useEditor.getState().setFocusMode(!useEditor.getState().focusMode),
  },
  'bowtie.resetLayout': {
    enabled(ctx) {
      const view = bowtieView(ctx);
      return view !== null && Object.values(view.doc.layoutOverrides).some((o) => o.riskId === view.riskId);
    },
    run(ctx) {
      const view = bowtieView(ctx);
      if (view) ctx.useDoc.getState().edit(label('bowtie.resetLayout'), (d) => resetLayout(d, view.riskId), { riskId: view.riskId });
    },
  },
  'bowtie.inspector': {
    enabled: (ctx) => onCanvas(ctx) && selected(ctx) !== null,
    run() {
      useEditor.getState().setInspectorOpen(true);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('#inspector [data-autofocus]')?.focus());
    },
  },
  'bowtie.toggleInspector': {
    enabled: (ctx) => bowtieView(ctx) !== null && inEditorScope(),
    run: () => useEditor.getState().setInspectorOpen(!inspectorShown()),
  },
  'view.toggleSidebar': {
    enabled: () => inEditorScope(),
    run: () => useEditor.getState().setSidebarOpen(!sidebarShown()),
  },
  'bowtie.linkExisting': {
    enabled: (ctx) => onCanvas(ctx) && selected(ctx) !== null,
    run() {
      useEditor.getState().setInspectorOpen(true);
      requestAnimationFrame(() => document.getElementById('inspector-link-search')?.focus());
    },
  },
  'bowtie.chooseOwner': chooseCommand('owner'),
  'bowtie.chooseStatus': chooseCommand('status'),
  'bowtie.chooseEffectiveness': chooseCommand('effectiveness'),
  'help.shortcuts': { run: () => useUi.getState().setShortcutsOpen(!useUi.getState().shortcutsOpen) },
  'palette.open': { run: () => useUi.getState().setPaletteOpen(true) },
  'risk.next': stepCommand(1),
  'risk.previous': stepCommand(-1),
  'risk.duplicate': {
    enabled: (ctx) => currentRisk(ctx) !== null,
    run(ctx) {
      const risk = currentRisk(ctx);
      if (!risk) return;
      const id = ctx.useDoc.getState().edit(label('risk.duplicate'), (d) => duplicateRisk(d, risk.id, { title: t(lang(), 'risk.copyTitle', { title: risk.title }) }), { riskId: risk.id });
      if (id) useUi.getState().openRisk(id);
    },
  },
  'risk.delete': {
    enabled: (ctx) => currentRisk(ctx) !== null,
    run(ctx) {
      const risk = currentRisk(ctx);
      if (!risk || !window.confirm(t(lang(), 'risk.confirmDelete', { code: risk.code, title: risk.title }))) return;
      ctx.useDoc.getState().edit(label('risk.delete'), (d) => deleteRisk(d, risk.id), { riskId: risk.id });
      useUi.getState().openRisk(null);
    },
  },
  'risk.new': {
    // The sidebar's title field is where a risk is born; open the list if it is folded away.
    run() {
      useEditor.getState().setSidebarOpen(true);
      requestAnimationFrame(() => document.getElementById('new-risk')?.focus());
    },
  },
  'risk.rename': {
    enabled: (ctx) => currentRisk(ctx) !== null,
    run: () => document.getElementById('risk-title')?.focus(),
  },
} satisfies CommandRuns;

/** What a delete of `key` removes besides it, said in one sentence (null: nothing else goes). */
function goesAlong(doc: ProjectDoc, riskId: string, key: string): string | null {
  const ref = parseNodeKey(key);
  const quoted = (labels: readonly string[]) => labels.map((l) => `“${l}”`).join(', ');
  const base = { label: labelOf(doc, riskId, key) ?? '', undo: displayChord('Mod+Z') };
  if (ref?.kind === 'cause' || ref?.kind === 'consequence') {
    // A line's measures go with it, and so do the escalation factors hanging below them.
    const placements = placementsOnPath(doc, ref.id);
    if (placements.length === 0) return null;
    const measures = placements.map((p) => doc.measures[p.measureId]?.label ?? '');
    const factors = placements.flatMap((p) => escalationFactorsOf(doc, p.id).map((f) => f.label));
    const which = ref.kind === 'cause' ? 'Cause' : 'Consequence';
    const params = { ...base, names: quoted(measures), count: measures.length, factors: quoted(factors), factorCount: factors.length };
    const one = measures.length === 1 ? 'One' : 'Many';
    const text = t(lang(), `bowtie.deleted${which}With${one}` as MessageKey, params);
    const withFactors = factors.length === 0 ? '' : ` ${t(lang(), factors.length === 1 ? 'bowtie.deletedLineFactor' : 'bowtie.deletedLineFactors', params)}`;
    return `${text}${withFactors} ${t(lang(), 'bowtie.deletedUndo', params)}`;
  }
  if (ref?.kind !== 'measure') return null;
  const factors = escalationFactorsOf(doc, ref.id);
  if (factors.length === 0) return null;
  const params = { ...base, names: quoted(factors.map((f) => f.label)), count: factors.length };
  return t(lang(), factors.length === 1 ? 'bowtie.deletedWithFactor' : 'bowtie.deletedWithFactors', params);
}

/**
 * A character typed on the bow-tie that no command claims: the selected element's label is
 * replaced by it and stays open for the rest of the word. Returns whether it did so.
 */
export function typeIntoSelection(ctx: CommandContext, ch: string): boolean {
  const key = onCanvas(ctx) && !useEditor.getState().editingKey ? selected(ctx) : null;
  if (!key) return false;
  useEditor.getState().startRename(key, ch);
  return true;
}

/**
 * Steps through the risks chosen for a bow-tie (status selected or worked out; all risks when
 * none is), in register order — for going through them in a workshop.
 */
function stepCommand(delta: 1 | -1): CommandRun {
  const target = (ctx: CommandContext): string | null => {
    const doc = ctx.useDoc.getState().doc;
    if (!doc) return null;
    const all = Object.values(doc.risks).sort((a, b) => a.order - b.order);
    const chosen = all.filter((r) => r.status !== 'longlist');
    const list = chosen.length > 0 ? chosen : all;
    const at = list.findIndex((r) => r.id === useUi.getState().riskId);
    return list[at < 0 ? 0 : at + delta]?.id ?? null;
  };
  return {
    // Enabled at the ends too: the key then says where the list stops instead of doing nothing.
    enabled: (ctx) => inEditorScope() && Object.keys(ctx.useDoc.getState().doc?.risks ?? {}).length > 0,
    run(ctx) {
      const next = target(ctx);
      if (!next) {
        ctx.notify(label(delta > 0 ? 'risk.atLast' : 'risk.atFirst'));
        return;
      }
      useUi.getState().openRisk(next);
      useUi.getState().select('event');
      requestAnimationFrame(() => canvasBridge.get()?.focus('event'));
    },
  };
}

/** Whether the inspector is on screen: the user's choice, else shown except in the projector theme. */
export function inspectorShown(): boolean {
  return useEditor.getState().inspectorOpen ?? useUi.getState().theme !== 'projector';
}

/** Whether the risk list is on screen: the user's choice, else open except in the projector theme. */
export function sidebarShown(): boolean {
  return useEditor.getState().sidebarOpen ?? useUi.getState().theme !== 'projector';
}

function currentRisk(ctx: CommandContext) {
  const riskId = useUi.getState().riskId;
  return riskId ? (ctx.useDoc.getState().doc?.risks[riskId] ?? null) : null;
}
