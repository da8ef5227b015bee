/**
 * The viewport of the bow-tie canvas: the bow-tie is kept fitted while it grows (and when the
 * canvas is resized or another risk opens), until the user pans or zooms by hand. Kept fitted
 * means: all of it, unless its labels would shrink below a readable size — then as much as
 * reads well, panned to keep the selection in view. F shows all of it whatever the size, and
 * resumes the keeping. Also: reveal a node, zoom a step, and never let the browser scroll the
 * canvas (React Flow pans instead).
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { BowtieLayout } from '../../shared/layout/types.ts';
import { useUi } from '../store/uiStore.ts';

const FIT = { padding: 0.06, maxZoom: 1.25 } as const;
/** Labels are not shrunk below this many pixels by an automatic fit. */
const READABLE_PX = 7;
const ZOOM_STEP = 1.25;
/** The zoom range of the canvas (BowtieCanvas passes the same to React Flow). */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 3;

export interface Viewport {
  fit(): void;
  reveal(key: string): void;
  zoomBy(step: 1 | -1): void;
  /** Call when the user moved the view (pan or zoom): stop keeping everything in view. */
  userMoved(): void;
}

export function useViewport(wrapper: RefObject<HTMLDivElement | null>, layout: BowtieLayout, riskId: string, scale: number): Viewport {
  const rf = useReactFlow();
  const autoFit = useRef(true);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;

  /** Reveal, even while fitting: a fit held at the readable zoom may leave the node outside. */
  const revealNow = useCallback(
    (key: string) => {
      const n = layoutRef.current.nodes.find((x) => x.key === key);
      const box = wrapper.current?.getBoundingClientRect();
      if (!n || !box) return;
      const { x, y, zoom } = rf.getViewport();
      const left = n.x * zoom + x;
      const top = n.y * zoom + y;
      const margin = 24;
      const inside = left >= margin && top >= margin && left + n.width * zoom <= box.width - margin && top + n.height * zoom <= box.height - margin;
      if (!inside) void rf.setCenter(n.x + n.width / 2, n.y + n.height / 2, { zoom, duration: 150 });
    },
    [rf, wrapper],
  );

  /** The automatic fit: all of it if it reads well, else readable and around the selection. */
  const fitting = useRef(0);
  const keepFitted = useCallback(
    (duration: number) => {
      const minZoom = Math.min(FIT.maxZoom, READABLE_PX / layoutRef.current.metrics.fontSize);
      fitting.current++;
      void rf.fitView({ ...FIT, minZoom, duration }).then(() => {
        fitting.current--;
        const key = useUi.getState().selection;
        if (autoFit.current && key) revealNow(key);
      });
    },
    [rf, revealNow],
  );

  const fit = useCallback(() => {
    autoFit.current = true;
    void rf.fitView({ ...FIT, duration: 200 });
  }, [rf]);

  // The bow-tie grew or shrank.
  const { width: bw, height: bh } = layout.bounds;
  useEffect(() => {
    if (!autoFit.current) return;
    const id = requestAnimationFrame(() => keepFitted(120));
    return () => cancelAnimationFrame(id);
  }, [keepFitted, bw, bh]);

  // Another risk opened, or the theme changed the scale.
  useEffect(() => {
    autoFit.current = true;
    const id = requestAnimationFrame(() => keepFitted(0));
    return () => cancelAnimationFrame(id);
  }, [keepFitted, riskId, scale]);

  // The canvas changed size (panels shown or hidden, a theme change does both).
  useEffect(() => {
    const el = wrapper.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const ro = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      // A frame later, so React Flow has taken the new size first.
      frame = requestAnimationFrame(() => {
        if (autoFit.current) keepFitted(0);
      });
    });
    ro.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      ro.disconnect();
    };
  }, [keepFitted, wrapper]);

  // Typing near the edge makes the browser scroll the caret into view, which would shift the
  // whole canvas under React Flow's feet.
  useEffect(() => {
    const el = wrapper.current;
    if (!el) return;
    const undo = (e: Event) => {
      const t = e.target;
      if (t instanceof HTMLElement && t !== el && !(t instanceof HTMLTextAreaElement) && (t.scrollLeft || t.scrollTop)) {
        t.scrollLeft = 0;
        t.scrollTop = 0;
      }
    };
    el.addEventListener('scroll', undo, true);
    return () => el.removeEventListener('scroll', undo, true);
  }, [wrapper]);

  const reveal = useCallback(
    (key: string) => {
      // A fit under way reveals the selection when it is done.
      if (fitting.current === 0) revealNow(key);
    },
    [revealNow],
  );

  // Steps add up even while the previous one is still animating: aim from the last target.
  const zoomTarget = useRef<number | null>(null);
  const zoomBy = useCallback(
    (step: 1 | -1) => {
      autoFit.current = false;
      const from = zoomTarget.current ?? rf.getZoom();
      const to = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, from * ZOOM_STEP ** step));
      zoomTarget.current = to;
      void rf.zoomTo(to, { duration: 150 }).then(() => {
        if (zoomTarget.current === to) zoomTarget.current = null;
        const key = useUi.getState().selection;
        if (key) reveal(key);
      });
    },
    [rf, reveal],
  );

  const userMoved = useCallback(() => {
    autoFit.current = false;
  }, []);

  return { fit, reveal, zoomBy, userMoved };
}

/** Options for the first fit React Flow does on its own. */
export const INITIAL_FIT = FIT;
