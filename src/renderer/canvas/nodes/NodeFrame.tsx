/**
 * What every bow-tie node shares: it is one keyboard stop when selected (roving tabindex, so
 * a 400-element bow-tie is not 400 Tab presses), it carries an accessible name (kind + label),
 * it shows the selection ring, and it swaps its label for a text field while being named.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { KIND_KEYS as KIND_KEY } from '../../../shared/diagram/labels.ts';
import type { NodeKind } from '../../../shared/layout/types.ts';
import { useUi } from '../../store/uiStore.ts';
import { useEditor } from '../editorStore.ts';
import { InlineEditor } from '../InlineEditor.tsx';
import { useCanvasShared } from '../CanvasContext.ts';
import type { BowtieNodeData, HandleId } from '../flowMapping.ts';
import { SCOPE_ATTR } from '../scope.ts';
import { CompareBadge, markWords } from './CompareBadge.tsx';

const NEW_KEY = {
  cause: 'canvas.new.cause',
  consequence: 'canvas.new.consequence',
  measure: 'canvas.new.measure',
  escalationMeasure: 'canvas.new.measure',
  escalation: 'canvas.new.escalation',
  hazard: 'vocab.element.hazard',
  event: 'vocab.element.event',
} as const;

/** Whether keyboard focus may be moved onto a node now (not while the user works elsewhere). */
function mayTakeFocus(): boolean {
  const a = document.activeElement;
  return !a || a === document.body || (a instanceof HTMLElement && a.closest(`[${SCOPE_ATTR}]`) !== null && a.tagName !== 'TEXTAREA');
}

interface Props {
  id: string;
  data: BowtieNodeData;
  className: string;
  /** Extra words for the accessible name (effectiveness, status, owner). */
  details?: string;
  /** Drawn behind the label (bands, rings, icons). */
  decoration?: ReactNode;
  /** The label block; replaced by the text field while editing. */
  children: ReactNode;
}

/** Selection state as one number, so each node subscribes once: 2 selected, 1 tab stop, 0 neither. */
const selectionCode = (id: string) => (s: { selection: string | null }) => (s.selection === id ? 2 : s.selection === null && id === 'event' ? 1 : 0);
/** Editing state as one number: 0 not editing, else the edit serial (negative for a draft). */
const editingCode = (id: string) => (s: { editingKey: string | null; serial: number; draft: { key: string } | null }) =>
  s.editingKey !== id ? 0 : s.draft?.key === id ? -s.serial : s.serial;

export function NodeFrame({ id, data, className, details, decoration, children }: Props) {
  const { t, riskId, marks } = useCanvasShared();
  const mark = marks.get(id);
  const sel = useUi(selectionCode(id));
  const edit = useEditor(editingCode(id));
  const seed = useEditor((s) => (s.editingKey === id ? s.seed : null));
  const selected = sel === 2;
  const editing = edit !== 0;
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (selected && !editing && mayTakeFocus()) ref.current?.focus({ preventScroll: true });
  }, [selected, editing]);

  const kind = t(KIND_KEY[data.kind as NodeKind]);
  const where = data.where ? `, ${t(`canvas.where.${data.where}`, { a: data.whereNames[0] || t(KIND_KEY.event), b: data.whereNames[1] || t(KIND_KEY.event) })}` : '';
  const name = `${kind}: ${data.label || '—'}${where}${details ? ` · ${details}` : ''}${mark ? ` · ${markWords(t, mark)}` : ''}`;
  let classes = `bt-node ${className}`;
  if (selected) classes += ' is-selected';
  if (data.dimmed) classes += ' is-dimmed';
  if (editing) classes += ' is-editing';
  if (edit < 0) classes += ' is-draft';
  if (mark) classes += ` is-compared compared-${mark.by}${mark.conflict ? ' is-conflict' : ''}`;
  return (
    <div className={classes} data-testid={`node-${data.kind}`}>
      {data.handles.map((h) => (
        <NodeHandle key={h} id={h} />
      ))}
      {decoration}
      {mark && <CompareBadge mark={mark} />}
      {editing ? (
        <div className="bt-edit">
          <InlineEditor key={edit} riskId={riskId} initial={edit < 0 ? '' : (seed ?? data.label)} typed={seed !== null} placeholder={`${t(NEW_KEY[data.kind as NodeKind])}…`} label={t('canvas.editLabel', { kind })} />
        </div>
      ) : (
        <>
          {children}
          {/* The keyboard stop and the accessible name lie over the drawing: the wrapped (and
              hyphenated) lines are for the eye, the name is the label as typed. */}
          <div ref={ref} className="bt-hit" data-node-key={id} role="button" aria-label={name} tabIndex={sel > 0 ? 0 : -1} />
        </>
      )}
    </div>
  );
}

/**
 * The wrapped label lines as the layout computed them, as one text node (white-space: pre keeps
 * the breaks); an empty label shows the kind in grey.
 */
export function Lines({ lines, kind, className = 'bt-text' }: { lines: string[]; kind: NodeKind; className?: string }) {
  const { t } = useCanvasShared();
  const empty = lines.join('') === '';
  return (
    <div className={empty ? `${className} is-empty` : className} aria-hidden="true">
      {empty ? t(KIND_KEY[kind]) : lines.join('\n')}
    </div>
  );
}

/**
 * An invisible point where edges join. Nothing is connected by hand here, so instead of React
 * Flow's interactive <Handle> (a quarter of the first-paint time of a 400-element bow-tie) this
 * is the bare element React Flow measures: class "source"/"target" with data-handleid and
 * data-handlepos, a 1 × 1 box on the middle of the side (positioned in canvas.css). Its size and
 * place match the `handles` given with the node (flowMapping.ts), so measuring changes nothing.
 */
function NodeHandle({ id }: { id: HandleId }) {
  const side = id.slice(2);
  return <span className={`bt-handle bt-handle-${side} ${id.startsWith('s-') ? 'source' : 'target'}`} data-handleid={id} data-handlepos={side} />;
}
