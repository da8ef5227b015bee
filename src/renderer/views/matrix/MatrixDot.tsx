/**
 * One risk in the matrix: a labelled dot that can be clicked, dragged, or moved with the arrow keys;
 * on a projector and in the room view it shows the title beside the code.
 */
import type { PointerEvent } from 'react';
import type { Risk } from '../../../shared/model/entities.ts';

interface DotHandlers {
  onPointerDown(e: PointerEvent<HTMLElement>): void;
  onPointerMove(e: PointerEvent<HTMLElement>): void;
  onPointerUp(e: PointerEvent<HTMLElement>): void;
  onPointerCancel(): void;
}

const KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Enter'];

export function MatrixDot({ risk, label, dragging, handlers, onKey, withTitle }: { risk: Risk; label: string; dragging: boolean; handlers: DotHandlers; onKey(key: string): void; withTitle: boolean }) {
  return (
    <button
      type="button"
      className={`risk-dot${dragging ? ' dragging' : ''}${risk.priorityAdvice === 'priority' ? ' dot-priority' : ''}`}
      data-risk-dot={risk.id}
      aria-label={label}
      title={`${risk.code} ${risk.title}`}
      {...handlers}
      onKeyDown={(e) => {
        if (!KEYS.includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
        e.preventDefault();
        e.stopPropagation();
        onKey(e.key);
      }}
    >
      {risk.code}
      {withTitle && <span className="risk-dot-title"> {risk.title}</span>}
    </button>
  );
}
