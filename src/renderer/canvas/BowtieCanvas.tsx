/**
 * The bow-tie canvas: React Flow showing the computed layout of one risk. Positions come from
 * the layout (never free-form); a drag either reorders within the structure or stores a nudge,
 * as one undo entry. Keyboard work goes through the command registry; this component only
 * renders, reports clicks and drops, and offers the viewport to the commands.
 */
import { QuickChoice } from './QuickChoice.tsx';
import { MiniMap, ReactFlow, ReactFlowProvider, type NodeChange, type OnNodeDrag } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { THEMES } from '../../shared/diagram/theme.ts';
import { layoutBowtie } from '../../shared/layout/bowtieLayout.ts';
import type { BowtieLayout } from '../../shared/layout/types.ts';
import { useDocState, type CommandContext } from '../AppContext.tsx';
import { useT } from '../i18n/useT.ts';
import { useUi } from '../store/uiStore.ts';
import { canvasBridge } from './canvasBridge.ts';
import { CanvasContext } from './CanvasContext.ts';
import { applyDrop } from './applyDrop.ts';
import { useEditor } from './editorStore.ts';
import { reuseUnchanged, reuseUnchangedEdges, toFlowEdges, toFlowNodes, usageCounts, type BowtieFlowEdge, type BowtieFlowNode } from './flowMapping.ts';
import { focusPathKeys } from './focusPath.ts';
import { edgeTypes, nodeTypes } from './nodeTypes.ts';
import { NotifyContext } from './notifyContext.ts';
import { SCOPE_ATTR } from './scope.ts';
import { canvasVars } from './themeVars.ts';
import { INITIAL_FIT, MAX_ZOOM, MIN_ZOOM, roomMinZoom, useViewport } from './useViewport.ts';
import { flowAriaLabels } from './flowAriaLabels.ts';
import { useCompareMarks } from './useCompareMarks.ts';

const PROJECTOR_FONT = 14;
const PROJECTOR_ROW_LINES = 4;
/** On the projector the owner line under a measure is as large as its label: both must reach the back row. */
const PROJECTOR_SUB_RATIO = 1;
const HIDE_ON_PROJECTOR = ['confidential'] as const;

const OVERVIEW_SIZE = { width: 190, height: 110 } as const;
/** Overview shapes take the colour of their kind (bt-ov-cause, …). */
const overviewClass = (n: BowtieFlowNode): string => `bt-ov-${n.type ?? 'node'}`;

export function BowtieCanvas(props: { ctx: CommandContext; riskId: string }) {
  return (
    <ReactFlowProvider>
      <CanvasInner {...props} />
    </ReactFlowProvider>
  );
}

function CanvasInner({ ctx, riskId }: { ctx: CommandContext; riskId: string }) {
  const t = useT();
  const doc = useDocState((s) => s.doc)!;
  const draft = useEditor((s) => s.draft);
  const focusMode = useEditor((s) => s.focusMode);
  const focusSelection = useUi((s) => (focusMode ? s.selection : null));
  const theme = useUi((s) => s.theme);
  const title = doc.risks[riskId]?.title ?? '';
  const wrapper = useRef<HTMLDivElement>(null);

  const shown = draft?.preview ?? doc;
  const scale = THEMES[theme].scale;
  // On a projector the labels are what the room must read: a larger type in the same boxes
  // (more lines per box) makes them about a sixth larger at the same zoom.
  const projector = theme === 'projector';
  // In front of a room of partners, what is marked confidential stays off the screen (DESIGN §5);
  // the risk's heading says how much (RiskPanel).
  // The larger type wraps a label to about a line more, so each row gets room for a line more:
  // typing a name still moves no other box.
  const layout = useMemo(
    () => layoutBowtie(shown, riskId, { scale, ...(projector ? { fontSize: PROJECTOR_FONT, subFontRatio: PROJECTOR_SUB_RATIO, rowLines: PROJECTOR_ROW_LINES, hide: HIDE_ON_PROJECTOR } : {}) }),
    [shown, riskId, scale, projector],
  );
  const usage = useMemo(() => usageCounts(shown), [shown]);
  const ariaLabels = useMemo(() => flowAriaLabels(t), [t]);
  const focus = useMemo(() => (focusMode ? focusPathKeys(shown, focusSelection) : null), [focusMode, shown, focusSelection]);
  const previous = useRef<BowtieFlowNode[]>([]);
  const mapped = useMemo(() => reuseUnchanged(previous.current, toFlowNodes(shown, layout, { usage, focus })), [shown, layout, usage, focus]);
  useEffect(() => {
    previous.current = mapped;
  }, [mapped]);
  // Unchanged nodes and edges keep their objects, so React Flow and the memoised node and edge
  // components redraw only what an edit moved or changed.
  const previousEdges = useRef<BowtieFlowEdge[]>([]);
  const edges = useMemo(() => reuseUnchangedEdges(previousEdges.current, toFlowEdges(layout, { focus })), [layout, focus]);
  useEffect(() => {
    previousEdges.current = edges;
  }, [edges]);

  // While a node is dragged it follows the pointer; on drop the document decides where it goes.
  const [drag, setDrag] = useState<{ key: string; x: number; y: number } | null>(null);
  const nodes = useMemo(() => (drag ? mapped.map((n) => (n.id === drag.key ? { ...n, position: { x: drag.x, y: drag.y } } : n)) : mapped), [mapped, drag]);
  const onNodesChange = useCallback((changes: NodeChange<BowtieFlowNode>[]) => {
    for (const c of changes) if (c.type === 'position' && c.position && c.dragging) setDrag({ key: c.id, x: c.position.x, y: c.position.y });
  }, []);
  const layoutRef = useRef<BowtieLayout>(layout);
  layoutRef.current = layout;
  const onDragStart: OnNodeDrag<BowtieFlowNode> = useCallback((_e, node) => {
    useEditor.getState().stopEditing();
    useUi.getState().select(node.id);
  }, []);
  const onDragStop: OnNodeDrag<BowtieFlowNode> = useCallback(
    (_e, node) => {
      setDrag(null);
      applyDrop(ctx, riskId, layoutRef.current, node.id, node.position);
    },
    [ctx, riskId],
  );

  // In front of the room the view follows the selection along its path (see useViewport).
  const shownRef = useRef(shown);
  shownRef.current = shown;
  const pathOf = useCallback((key: string) => focusPathKeys(shownRef.current, key), []);
  const { fit, reveal, zoomBy, userMoved } = useViewport(wrapper, layout, riskId, scale, { room: projector, pathOf });
  const focusNode = useCallback((key: string | null) => {
    const el = key ? wrapper.current?.querySelector<HTMLElement>(`[data-node-key="${CSS.escape(key)}"]`) : null;
    (el ?? wrapper.current)?.focus({ preventScroll: true });
  }, []);

  useLayoutEffect(() => canvasBridge.attach({ riskId, layout, zoomToFit: fit, zoomBy, reveal, focus: focusNode }), [riskId, layout, fit, zoomBy, reveal, focusNode]);

  // A stale selection (undone, deleted elsewhere) is dropped so the keyboard has a place to start.
  const selection = useUi((s) => s.selection);
  useEffect(() => {
    if (selection && !draft && !layout.nodes.some((n) => n.key === selection)) useUi.getState().select(null);
  }, [selection, layout, draft]);

  // A name being typed belongs to the bow-tie it was started in.
  useEffect(() => () => useEditor.getState().stopEditing(), [riskId]);

  const onNodeClick = useCallback((_e: unknown, node: BowtieFlowNode) => {
    useUi.getState().select(node.id);
    focusNode(node.id);
  }, [focusNode]);
  const onNodeDoubleClick = useCallback((_e: unknown, node: BowtieFlowNode) => {
    useUi.getState().select(node.id);
    useEditor.getState().startRename(node.id);
  }, []);
  const empty = layout.nodes.length <= 2 && !draft;
  const marks = useCompareMarks(layout, riskId);
  const shared = useMemo(() => ({ riskId, t, marks }), [riskId, t, marks]);

  return (
    <NotifyContext.Provider value={ctx.notify}>
      <CanvasContext.Provider value={shared}>
        {/* Above the canvas, not over it: the banner never covers the hazard or the event. */}
        {focus && <p className="bt-focus-hint" role="status">{t('canvas.focusOn')}</p>}
        <div
          ref={wrapper}
          className={`bowtie-canvas theme-${theme}${focus ? ' has-focus-path' : ''}`}
          style={canvasVars(theme, layout.metrics)}
          tabIndex={-1}
          role="region"
          aria-label={t('canvas.label', { title })}
          {...{ [SCOPE_ATTR]: '' }}
        >
          <ReactFlow<BowtieFlowNode, BowtieFlowEdge>
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onNodeDragStart={onDragStart}
            onNodeDragStop={onDragStop}
            onNodeClick={onNodeClick}
            onNodeDoubleClick={onNodeDoubleClick}
            onPaneClick={() => useUi.getState().select(null)}
            onMoveStart={(e) => {
              if (e) userMoved();
            }}
            nodesConnectable={false}
            elementsSelectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            disableKeyboardA11y
            deleteKeyCode={null}
            selectionKeyCode={null}
            multiSelectionKeyCode={null}
            panActivationKeyCode={null}
            zoomActivationKeyCode={null}
            zoomOnDoubleClick={false}
            nodeDragThreshold={4}
            minZoom={projector ? roomMinZoom(layout) : MIN_ZOOM}
            maxZoom={MAX_ZOOM}
            fitView
            fitViewOptions={INITIAL_FIT}
            proOptions={{ hideAttribution: true }}
            ariaLabelConfig={ariaLabels}
          >
            {/* The room's overview: the whole bow-tie as shapes, the part on screen framed. */}
            {projector && <MiniMap className="bt-overview" nodeClassName={overviewClass} pannable={false} zoomable={false} style={OVERVIEW_SIZE} />}
          </ReactFlow>
          {empty && <p className="bt-empty-hint">{t('canvas.empty')}</p>}
          <QuickChoice ctx={ctx} riskId={riskId} />
        </div>
      </CanvasContext.Provider>
    </NotifyContext.Provider>
  );
}
