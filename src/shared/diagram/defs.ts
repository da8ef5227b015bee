/** Patterns the diagrams fill with; ids carry a per-diagram prefix so several SVGs can share a page. */
import { el, num } from './svg.ts';
import type { DiagramTheme } from './theme.ts';

export interface PatternIds {
  stripes: string;
  dots: string;
  hazard: string;
}

export function patternIds(prefix: string): PatternIds {
  return { stripes: `${prefix}-stripes`, dots: `${prefix}-dots`, hazard: `${prefix}-hazard` };
}

/** `<defs>` with the band patterns (stripes for "matig", dots for "zwak") and the hazard stripes. */
export function diagramDefs(ids: PatternIds, theme: DiagramTheme, scale: number): string {
  const s = scale;
  const stripe = 6 * s;
  const hz = 12 * s;
  return el('defs', {}, [
    el('pattern', { id: ids.stripes, patternUnits: 'userSpaceOnUse', width: stripe, height: stripe, patternTransform: 'rotate(45)' }, [
      el('rect', { width: num(stripe / 2), height: stripe, fill: '#ffffff', 'fill-opacity': 0.38 }),
    ]),
    el('pattern', { id: ids.dots, patternUnits: 'userSpaceOnUse', width: 5 * s, height: 5 * s }, [
      el('circle', { cx: 2.5 * s, cy: 2.5 * s, r: 1.1 * s, fill: '#ffffff', 'fill-opacity': 0.55 }),
    ]),
    el('pattern', { id: ids.hazard, patternUnits: 'userSpaceOnUse', width: hz, height: hz, patternTransform: 'rotate(45)' }, [
      el('rect', { width: hz, height: hz, fill: theme.hazard.stripeA }),
      el('rect', { width: hz / 2, height: hz, fill: theme.hazard.stripeB }),
    ]),
  ]);
}
