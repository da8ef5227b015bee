/**
 * Dragging a risk dot to another matrix cell. Pointer events (mouse, pen, touch) with pointer
 * capture; the cell under the pointer is found from its `data-cell="likelihood:impact"`
 * attribute. A press that hardly moves is a click. The drop is reported once, so the re-score is
 * one undo entry however long the drag took.
 */
import { useRef, useState, type PointerEvent } from 'react';

export interface DragState {
  riskId: string;
  x: number;
  y: number;
  /** "likelihood:impact" of the cell under the pointer, or null. */
  over: string | null;
}

const CLICK_DISTANCE = 5;

function cellAt(x: number, y: number): string | null {
  const el = document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-cell]');
  return el?.dataset['cell'] ?? null;
}

export function useMatrixDrag(onDrop: (riskId: string, cell: string) => void, onClick: (riskId: string) => void) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const start = useRef<{ riskId: string; x: number; y: number; moved: boolean } | null>(null);

  const handlers = (riskId: string) => ({
    onPointerDown(e: PointerEvent<HTMLElement>) {
      if (e.button !== 0) return;
      e.currentTarget.setPointerCapture(e.pointerId);
      start.current = { riskId, x: e.clientX, y: e.clientY, moved: false };
    },
    onPointerMove(e: PointerEvent<HTMLElement>) {
      const s = start.current;
      if (!s || s.riskId !== riskId) return;
      if (!s.moved && Math.hypot(e.clientX - s.x, e.clientY - s.y) < CLICK_DISTANCE) return;
      s.moved = true;
      setDrag({ riskId, x: e.clientX, y: e.clientY, over: cellAt(e.clientX, e.clientY) });
    },
    onPointerUp(e: PointerEvent<HTMLElement>) {
      const s = start.current;
      start.current = null;
      setDrag(null);
      if (!s || s.riskId !== riskId) return;
      if (!s.moved) return onClick(riskId);
      const cell = cellAt(e.clientX, e.clientY);
      if (cell) onDrop(riskId, cell);
    },
    onPointerCancel() {
      start.current = null;
      setDrag(null);
    },
  });

  return { drag, handlers };
}
