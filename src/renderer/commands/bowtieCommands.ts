/**
 * The commands of the bow-tie editor: adding elements relative to the selection, renaming,
 * deleting, reordering, moving the selection, zoom and path focus, the shortcut sheet, the
 * palette and the risk actions. Shortcuts, the toolbar, the palette, the sheet and the
 * Electron menu all read these objects.
 */
import { t, type MessageKey } from '../../shared/i18n/t.ts';
import { duplicateRisk } from '../../shared/model/ops/duplicateRisk.ts';
import { resetLayout } from '../../shared/model/ops/layout.ts';
import { deleteRisk } from '../../shared/model/ops/risks.ts';
import { canvasBridge } from '../canvas/canvasBridge.ts';
import { draftFor, type AddIntent } from '../canvas/drafts.ts';
import { tryEdit } from '../canvas/editing.ts';
import { useEditor } from '../canvas/editorStore.ts';
import { step, type Direction } from '../canvas/navigation.ts';
import { isRemovable, moveNode, nodeInRisk, removeNode, reorderSpan } from '../canvas/nodeActions.ts';
import { inEditorScope } from '../canvas/scope.ts';
import { bowtieView } from '../canvas/viewState.ts';
import { useUi } from '../store/uiStore.ts';
import type { Command, CommandContext } from './registry.ts';

const lang = () => useUi.getState().lang;

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

function addCommand(id: string, labelKey: MessageKey, intent: AddIntent, shortcut: string): Command {
  const draft = (ctx: CommandContext) => {
    const view = bowtieView(ctx);
    return view ? draftFor(view.doc, view.riskId, selected(ctx), intent) : null;
  };
  return {
    id,
    labelKey,
    group: 'bowtie',
    shortcuts: [shortcut],
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

function selectCommand(dir: Direction, labelKey: MessageKey, key: string): Command {
  return {
    id: `bowtie.select.${dir}`,
    labelKey,
    group: 'bowtie',
    shortcuts: [key],
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

function moveCommand(id: string, labelKey: MessageKey, axis: 'vertical' | 'horizontal', delta: -1 | 1, key: string): Command {
  return {
    id,
    labelKey,
    group: 'bowtie',
    shortcuts: [key],
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
      tryEdit(ctx, labelKey, (d) => moveNode(d, sel, axis, delta), view.riskId);
      requestAnimationFrame(() => select(sel));
    },
  };
}

export const bowtieCommands: Command[] = [
  addCommand('bowtie.addCause', 'bowtie.addCause', 'cause', 'C'),
  addCommand('bowtie.addConsequence', 'bowtie.addConsequence', 'consequence', 'G'),
  addCommand('bowtie.addPreventive', 'bowtie.addPreventive', 'preventive', 'P'),
  addCommand('bowtie.addLimiting', 'bowtie.addLimiting', 'limiting', 'B'),
  addCommand('bowtie.addMeasure', 'bowtie.addMeasure', 'measure', 'M'),
  addCommand('bowtie.addEscalation', 'bowtie.addEscalation', 'escalation', 'E'),
  {
    id: 'bowtie.rename',
    labelKey: 'bowtie.rename',
    group: 'bowtie',
    shortcuts: ['Enter', 'F2'],
    enabled: (ctx) => onCanvas(ctx) && selected(ctx) !== null,
    run(ctx) {
      const key = selected(ctx);
      if (key) useEditor.getState().startRename(key);
    },
  },
  {
    id: 'bowtie.delete',
    labelKey: 'bowtie.delete',
    group: 'bowtie',
    shortcuts: ['Delete', 'Backspace'],
    enabled: (ctx) => onCanvas(ctx) && isRemovable(selected(ctx)),
    run(ctx) {
      const view = bowtieView(ctx);
      const key = selected(ctx);
      const layout = canvasBridge.get()?.layout;
      if (!view || !key || !layout) return;
      // Land on a neighbour that survives the removal: above, else to the left, else the event.
      const candidates = (['up', 'left', 'down', 'right'] as const).map((d) => step(layout.nodes, layout.edges, key, d, null));
      tryEdit(ctx, 'bowtie.delete', (d) => removeNode(d, key), view.riskId);
      useEditor.getState().setLastMove(null);
      requestAnimationFrame(() => {
        const after = canvasBridge.get()?.layout.nodes ?? [];
        select(candidates.find((k) => k && after.some((n) => n.key === k)) ?? 'event');
      });
    },
  },
  moveCommand('bowtie.moveUp', 'bowtie.moveUp', 'vertical', -1, 'Alt+ArrowUp'),
  moveCommand('bowtie.moveDown', 'bowtie.moveDown', 'vertical', 1, 'Alt+ArrowDown'),
  moveCommand('bowtie.moveLeft', 'bowtie.moveLeft', 'horizontal', -1, 'Alt+ArrowLeft'),
  moveCommand('bowtie.moveRight', 'bowtie.moveRight', 'horizontal', 1, 'Alt+ArrowRight'),
  selectCommand('left', 'bowtie.selectLeft', 'ArrowLeft'),
  selectCommand('right', 'bowtie.selectRight', 'ArrowRight'),
  selectCommand('up', 'bowtie.selectUp', 'ArrowUp'),
  selectCommand('down', 'bowtie.selectDown', 'ArrowDown'),
  {
    id: 'bowtie.deselect',
    labelKey: 'bowtie.deselect',
    group: 'bowtie',
    shortcuts: ['Escape'],
    enabled: (ctx) => onCanvas(ctx) && (useUi.getState().selection !== null || useEditor.getState().focusMode),
    run() {
      if (useEditor.getState().focusMode) return useEditor.getState().setFocusMode(false);
      useUi.getState().select(null);
      canvasBridge.get()?.focus(null);
    },
  },
  {
    id: 'view.zoomToFit',
    labelKey: 'bowtie.zoomToFit',
    group: 'view',
    shortcuts: ['F'],
    enabled: onCanvas,
    run: () => canvasBridge.get()?.zoomToFit(),
  },
  {
    id: 'view.zoomIn',
    labelKey: 'bowtie.zoomIn',
    group: 'view',
    shortcuts: ['='],
    enabled: onCanvas,
    run: () => canvasBridge.get()?.zoomBy(1),
  },
  {
    id: 'view.zoomOut',
    labelKey: 'bowtie.zoomOut',
    group: 'view',
    shortcuts: ['-'],
    enabled: onCanvas,
    run: () => canvasBridge.get()?.zoomBy(-1),
  },
  {
    id: 'bowtie.focusPath',
    labelKey: 'bowtie.focusPath',
    group: 'view',
    shortcuts: ['Shift+F'],
    enabled: (ctx) => onCanvas(ctx) && (useEditor.getState().focusMode || selected(ctx) !== null),
    run: () => useEditor.getState().setFocusMode(!useEditor.getState().focusMode),
  },
  {
    id: 'bowtie.resetLayout',
    labelKey: 'bowtie.resetLayout',
    group: 'bowtie',
    enabled(ctx) {
      const view = bowtieView(ctx);
      return view !== null && Object.values(view.doc.layoutOverrides).some((o) => o.riskId === view.riskId);
    },
    run(ctx) {
      const view = bowtieView(ctx);
      if (view) tryEdit(ctx, 'bowtie.resetLayout', (d) => resetLayout(d, view.riskId), view.riskId);
    },
  },
  {
    id: 'bowtie.inspector',
    labelKey: 'bowtie.inspector',
    group: 'bowtie',
    shortcuts: ['I'],
    enabled: (ctx) => onCanvas(ctx) && selected(ctx) !== null,
    run() {
      useEditor.getState().setInspectorOpen(true);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('#inspector [data-autofocus]')?.focus());
    },
  },
  {
    id: 'bowtie.toggleInspector',
    labelKey: 'bowtie.toggleInspector',
    group: 'view',
    shortcuts: ['Shift+I'],
    enabled: (ctx) => bowtieView(ctx) !== null && inEditorScope(),
    run: () => useEditor.getState().setInspectorOpen(!inspectorShown()),
  },
  {
    id: 'view.toggleSidebar',
    labelKey: 'view.toggleSidebar',
    group: 'view',
    shortcuts: ['Shift+R'],
    enabled: () => inEditorScope(),
    run: () => useEditor.getState().setSidebarOpen(!sidebarShown()),
  },
  {
    id: 'bowtie.linkExisting',
    labelKey: 'bowtie.linkExisting',
    group: 'bowtie',
    shortcuts: ['L'],
    enabled: (ctx) => onCanvas(ctx) && selected(ctx) !== null,
    run() {
      useEditor.getState().setInspectorOpen(true);
      requestAnimationFrame(() => document.getElementById('inspector-link-search')?.focus());
    },
  },
  {
    id: 'help.shortcuts',
    labelKey: 'help.shortcuts',
    group: 'help',
    shortcuts: ['?'],
    run: () => useUi.getState().setShortcutsOpen(!useUi.getState().shortcutsOpen),
  },
  {
    id: 'palette.open',
    labelKey: 'palette.open',
    group: 'help',
    shortcuts: ['Mod+K'],
    global: true,
    run: () => useUi.getState().setPaletteOpen(true),
  },
  stepCommand('risk.next', 'risk.next', 1, 'PageDown'),
  stepCommand('risk.previous', 'risk.previous', -1, 'PageUp'),
  {
    id: 'risk.duplicate',
    labelKey: 'risk.duplicate',
    group: 'project',
    enabled: (ctx) => currentRisk(ctx) !== null,
    run(ctx) {
      const risk = currentRisk(ctx);
      if (!risk) return;
      const id = tryEdit(ctx, 'risk.duplicate', (d) => duplicateRisk(d, risk.id, { title: t(lang(), 'risk.copyTitle', { title: risk.title }) }), risk.id);
      if (id) useUi.getState().openRisk(id);
    },
  },
  {
    id: 'risk.delete',
    labelKey: 'risk.delete',
    group: 'project',
    enabled: (ctx) => currentRisk(ctx) !== null,
    run(ctx) {
      const risk = currentRisk(ctx);
      if (!risk || !window.confirm(t(lang(), 'risk.confirmDelete', { code: risk.code, title: risk.title }))) return;
      tryEdit(ctx, 'risk.delete', (d) => deleteRisk(d, risk.id), risk.id);
      useUi.getState().openRisk(null);
    },
  },
  {
    id: 'risk.rename',
    labelKey: 'risk.rename',
    group: 'project',
    enabled: (ctx) => currentRisk(ctx) !== null,
    run: () => document.getElementById('risk-title')?.focus(),
  },
];

/**
 * Steps through the risks chosen for a bow-tie (status selected or worked out; all risks when
 * none is), in register order — for going through them in a workshop.
 */
function stepCommand(id: string, labelKey: MessageKey, delta: 1 | -1, key: string): Command {
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
    id,
    labelKey,
    group: 'view',
    shortcuts: [key],
    enabled: (ctx) => inEditorScope() && target(ctx) !== null,
    run(ctx) {
      const next = target(ctx);
      if (!next) return;
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
