/**
 * What every bow-tie node shares: it is one keyboard stop when selected (roving tabindex, so
 * a 400-element bow-tie is not 400 Tab presses), it carries an accessible name (kind + label),
 * it shows the selection ring, and it swaps its label for a text field while being named.
 */
import { Handle, Position } from '@xyflow/react';
import { useEffect, useRef, type ReactNode } from 'react';
import type { NodeKind } from '../../../shared/layout/types.ts';
import { useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { useEditor } from '../editorStore.ts';
import { InlineEditor } from '../InlineEditor.tsx';
import { NODE_HANDLES, type BowtieNodeData, type HandleId } from '../flowMapping.ts';
import { SCOPE_ATTR } from '../scope.ts';

const KIND_KEY = {
  hazard: 'diagram.hazard',
  event: 'diagram.event',
  cause: 'diagram.cause',
  consequence: 'diagram.consequence',
  measure: 'diagram.measure',
  escalation: 'diagram.escalation',
  escalationMeasure: 'diagram.escalationMeasure',
} as const;

const NEW_KEY = {
  cause: 'canvas.new.cause',
  consequence: 'canvas.new.consequence',
  measure: 'canvas.new.measure',
  escalationMeasure: 'canvas.new.measure',
  escalation: 'canvas.new.escalation',
  hazard: 'diagram.hazard',
  event: 'diagram.event',
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

export function NodeFrame({ id, data, className, details, decoration, children }: Props) {
  const t = useT();
  const selected = useUi((s) => s.selection === id);
  const tabbable = useUi((s) => s.selection === id || (s.selection === null && id === 'event'));
  const editing = useEditor((s) => s.editingKey === id);
  const serial = useEditor((s) => (s.editingKey === id ? s.serial : 0));
  const isDraft = useEditor((s) => s.draft?.key === id);
  const riskId = useUi((s) => s.riskId);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (selected && !editing && mayTakeFocus()) ref.current?.focus({ preventScroll: true });
  }, [selected, editing]);

  const kind = t(KIND_KEY[data.kind as NodeKind]);
  const name = `${kind}: ${data.label || '—'}${details ? ` · ${details}` : ''}`;
  const classes = ['bt-node', className, selected && 'is-selected', data.dimmed && 'is-dimmed', editing && 'is-editing', isDraft && 'is-draft'].filter(Boolean).join(' ');
  return (
    <div className={classes} data-testid={`node-${data.kind}`}>
      {NODE_HANDLES[data.kind as NodeKind].map((h) => (
        <NodeHandle key={h} id={h} />
      ))}
      {decoration}
      {editing && riskId ? (
        <div className="bt-edit">
          <InlineEditor key={serial} riskId={riskId} initial={isDraft ? '' : data.label} placeholder={`${t(NEW_KEY[data.kind as NodeKind])}…`} label={t('canvas.editLabel', { kind })} />
        </div>
      ) : (
        <>
          {children}
          {/* The keyboard stop and the accessible name lie over the drawing: the wrapped (and
              hyphenated) lines are for the eye, the name is the label as typed. */}
          <div ref={ref} className="bt-hit" data-node-key={id} role="button" aria-label={name} tabIndex={tabbable ? 0 : -1} />
        </>
      )}
    </div>
  );
}

/** The wrapped label lines as the layout computed them; an empty label shows the kind in grey. */
export function Lines({ lines, kind, className = 'bt-text' }: { lines: string[]; kind: NodeKind; className?: string }) {
  const t = useT();
  const empty = lines.join('') === '';
  return (
    // The node's aria-label already says all of this, unbroken by the wrapping.
    <div className={empty ? `${className} is-empty` : className} aria-hidden="true">
      {(empty ? [t(KIND_KEY[kind])] : lines).map((l, i) => (
        <span key={i} className="bt-line">
          {l}
        </span>
      ))}
    </div>
  );
}

const SIDE: Record<string, Position> = { right: Position.Right, left: Position.Left, top: Position.Top, bottom: Position.Bottom };

/** An invisible connection point: React Flow joins edges to handles; nothing can be connected by hand. */
function NodeHandle({ id }: { id: HandleId }) {
  const side = SIDE[id.slice(2)]!;
  return <Handle id={id} type={id.startsWith('s-') ? 'source' : 'target'} position={side} isConnectable={false} className="bt-handle" />;
}
