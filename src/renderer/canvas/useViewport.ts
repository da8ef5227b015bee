/**
 * The viewport of the bow-tie canvas: the bow-tie is kept fitted while it grows (and when the
 * canvas is resized or another risk opens), until the user pans or zooms by hand. Kept fitted
 * means: all of it, unless its labels would shrink below a readable size — then as much as
 * reads well, panned to keep the selection in view, but always its whole width (no side is cut
 * off by the inspector or a narrow window). F shows all of it whatever the size, and
 * resumes the keeping. Also: reveal a node, zoom a step, and never let the browser scroll the
 * canvas (React Flow pans instead).
 *
 * In front of a room (the projector theme) the floor is the room's: no fit, step or F goes
 * below the zoom at which the smallest label is `ROOM_PX` on screen, and a selection moved by
 * the keyboard (or a search hit, a finding) takes the view along — its path centred where it
 * fits, the element itself always in view.
 */
import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { BowtieLayout } from '../../shared/layout/types.ts';
import { useUi } from '../store/uiStore.ts';

const FIT = { padding: 0.06, maxZoom: 1.25 } as const;
/** Labels are not shrunk below this many pixels by an automatic fit. */
const READABLE_PX = 7;
/** In the projector theme no label is ever drawn smaller than this (px on screen). */
export const ROOM_PX = 18;
/** A little over ROOM_PX, so rounding in the browser never lands a label at 17.9 px. */
const ROOM_FLOOR_PX = ROOM_PX * 1.02;
/** Screen pixels at the bottom of the canvas kept for the room's overview (its height and margins). */
export const ROOM_OVERVIEW_RESERVE = 126;
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

export interface ViewportOptions {
  /** The projector theme: labels never below ROOM_PX, and the view follows the selection. */
  room: boolean;
  /** The node keys on the path of `key` (null when it is on none), for following a selection. */
  pathOf(key: string): ReadonlySet<string> | null;
}

/** The zoom below which the smallest label of `layout` would read under ROOM_PX. */
export function roomMinZoom(layout: BowtieLayout): number {
  const m = layout.metrics;
  return ROOM_FLOOR_PX / Math.min(m.fontSize, m.subFontSize);
}

export function useViewport(wrapper: RefObject<HTMLDivElement | null>, layout: BowtieLayout, riskId: string, scale: number, opts: ViewportOptions): Viewport {
  const rf = useReactFlow();
  const optsRef = useRef(opts);
  optsRef.current = opts;
  const autoFit = useRef(true);
  const layoutRef = useRef(layout);
  layoutRef.current = layout;

  /** Reveal, even while fitting: a fit held at the readable zoom may leave the node outside. */
  const revealNow = useCallback(
    (key: string) => {
      const n = layoutRef.current.nodes.find((x) => x.key === key);
      const box = wrapper.current?.getBoundingClientRect();
      if (!n || !box) return;
      const { x, y, zoom: now0 } = rf.getViewport();
      // In the room the follow never lands below the floor, even when it starts in the middle of
      // another animation (a fit, a zoom step) whose zoom is still on its way up.
      const zoom = optsRef.current.room ? Math.max(now0, roomMinZoom(layoutRef.current)) : now0;
      const left = n.x * zoom + x;
      const top = n.y * zoom + y;
      const margin = 24;
      const inside = left >= margin && top >= margin && left + n.width * zoom <= box.width - margin && top + n.height * zoom <= box.height - margin;
      if (optsRef.current.room) {
        // The overview sits in the lower right corner: the followed element is kept in the band
        // above it, so the overview never covers what the room is talking about.
        const reserve = Math.min(box.height / 3, ROOM_OVERVIEW_RESERVE);
        const c = followCentre(layoutRef.current, n, optsRef.current.pathOf(key), box.width / zoom, (box.height - reserve) / zoom, margin / zoom);
        const target = { x: c.x, y: c.y + reserve / 2 / zoom };
        const now = { x: (box.width / 2 - x) / now0, y: (box.height / 2 - y) / now0 };
        if (zoom !== now0 || Math.abs(target.x - now.x) * zoom > 8 || Math.abs(target.y - now.y) * zoom > 8) void rf.setCenter(target.x, target.y, { zoom, duration: 200 });
      } else if (!inside) void rf.setCenter(n.x + n.width / 2, n.y + n.height / 2, { zoom, duration: 150 });
    },
    [rf, wrapper],
  );

  /**
   * A fit held at the readable zoom with a bow-tie taller than the canvas would cut off its top
   * and bottom alike; the top is the hazard, so it is the bottom that goes (the selection, when
   * it lies there, is revealed right after).
   */
  const keepHazardInView = useCallback(() => {
    const h = wrapper.current?.clientHeight ?? 0;
    const { x, y, zoom } = rf.getViewport();
    const b = layoutRef.current.bounds;
    if (h <= 0 || b.height * zoom <= h) return;
    const top = -b.y * zoom;
    if (Math.abs(top - y) > 0.5) void rf.setViewport({ x, y: top, zoom });
  }, [rf, wrapper]);

  /** The automatic fit: all of it if it reads well, else readable and around the selection. */
  const fitting = useRef(0);
  const keepFitted = useCallback(
    (duration: number) => {
      const l = layoutRef.current;
      // Outside the room the floor never hides a side: a bow-tie too wide for it (a narrow
      // window, the inspector open) is fitted to its width, causes to consequences, and the
      // view pans up and down with the selection.
      const width = wrapper.current?.clientWidth ?? 0;
      const wholeWidth = width > 0 && l.bounds.width > 0 ? (width * (1 - 2 * FIT.padding)) / l.bounds.width : FIT.maxZoom;
      const minZoom = optsRef.current.room ? roomMinZoom(l) : Math.min(FIT.maxZoom, READABLE_PX / l.metrics.fontSize, wholeWidth);
      fitting.current++;
      void rf.fitView({ ...FIT, minZoom, duration }).then(() => {
        fitting.current--;
        if (!optsRef.current.room && autoFit.current) keepHazardInView();
        // In the room, nothing selected: the hazard and the central event in the middle.
        const key = useUi.getState().selection ?? (optsRef.current.room ? 'event' : null);
        if (autoFit.current && key) revealNow(key);
      });
    },
    [rf, revealNow, wrapper, keepHazardInView],
  );

  const fit = useCallback(() => {
    autoFit.current = true;
    if (optsRef.current.room) keepFitted(200);
    else void rf.fitView({ ...FIT, duration: 200 });
  }, [rf, keepFitted]);

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
  }, [keepFitted, riskId, scale, opts.room]);

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
      const floor = optsRef.current.room ? roomMinZoom(layoutRef.current) : MIN_ZOOM;
      const to = Math.min(MAX_ZOOM, Math.max(floor, from * ZOOM_STEP ** step));
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

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where to centre a view of `viewW` × `viewH` canvas units so that `node` stays in view (with
 * `margin`) and its path — the nodes of `path` other than the hazard — is centred as far as that
 * allows. Off a path (the event, the hazard), the hazard and the event together.
 */
export function followCentre(layout: BowtieLayout, node: Box & { key: string }, path: ReadonlySet<string> | null, viewW: number, viewH: number, margin: number): { x: number; y: number } {
  const centre = node.key === 'event' || node.key === 'hazard';
  const boxes = centre ? layout.nodes.filter((n) => n.key === 'event' || n.key === 'hazard') : path ? layout.nodes.filter((n) => path.has(n.key) && n.key !== 'hazard') : [];
  const around = boxes.length > 0 ? union(boxes) : node;
  const axis = (start: number, size: number, nodeStart: number, nodeSize: number, view: number) => {
    const want = start + size / 2;
    const room = Math.max(0, view / 2 - nodeSize / 2 - margin);
    const nodeMid = nodeStart + nodeSize / 2;
    return Math.min(nodeMid + room, Math.max(nodeMid - room, want));
  };
  return {
    x: axis(around.x, around.width, node.x, node.width, viewW),
    y: axis(around.y, around.height, node.y, node.height, viewH),
  };
}

function union(boxes: readonly Box[]): Box {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}
