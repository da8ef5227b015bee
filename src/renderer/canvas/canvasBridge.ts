/**
 * The one door from commands (which run outside React) into the mounted canvas: the layout it
 * shows and the viewport calls of its React Flow instance. The canvas registers itself while
 * mounted; with no canvas on screen the calls do nothing.
 */
import type { BowtieLayout } from '../../shared/layout/types.ts';

export interface CanvasHandle {
  riskId: string;
  layout: BowtieLayout;
  zoomToFit(): void;
  /** One step in (+1) or out (-1), keeping the selected node in view. */
  zoomBy(step: 1 | -1): void;
  /** Pans so that the node is in view (keeps the zoom unless it is out of reach). */
  reveal(key: string): void;
  /** Moves keyboard focus to the node (or the canvas when the key is null). */
  focus(key: string | null): void;
}

let current: CanvasHandle | null = null;

export const canvasBridge = {
  attach(handle: CanvasHandle): () => void {
    current = handle;
    return () => {
      if (current === handle) current = null;
    };
  },
  get(): CanvasHandle | null {
    return current;
  },
};
