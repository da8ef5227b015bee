/**
 * Measuring the workshop room at a 1280×720 projector: every text that shows is audited for its
 * rendered size (font size × canvas zoom) and its contrast against the real background; plus the
 * selection, the canvas area and the example's large bow-tie the room specs walk through.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { openExampleProject } from './welcome.ts';

export const MIN_PX = 18;
export const MIN_CONTRAST = 7;

export interface Measured {
  text: string;
  px: number;
  contrast: number;
  /** 'node-cause', 'node-escalation', … on the canvas; 'disabled' in a disabled control; 'banner', 'toolbar', else 'chrome'. */
  part: string;
}
export interface Audit {
  /** Texts that showed, were measured and passed or failed. */
  count: number;
  smallest: Measured;
  lowest: Measured;
  offenders: Measured[];
  /** The smallest label on the canvas (null when none showed). */
  smallestLabel: Measured | null;
  /** How many texts were measured per part (see Measured.part). */
  parts: Record<string, number>;
}

/**
 * Walks every text node of the page whose element is rendered, inside the window and not under
 * another element (a dialog's backdrop, the overview map), and measures what the eye gets:
 * font size × every scale transform above it (the canvas zoom), and the WCAG contrast of the
 * text colour against the backgrounds behind it, each composited with its alpha and with the
 * opacity of every ancestor (so a faded button or a dimmed label counts as faded).
 */
export function auditPage(limits: { px: number; contrast: number }): Audit {
  type RGBA = [number, number, number, number];
  const parse = (c: string): RGBA => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) return [0, 0, 0, 0];
    const parts = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
  };
  const over = (top: RGBA, under: RGBA): RGBA => {
    const a = top[3];
    return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
  };
  const fade = (c: RGBA, under: RGBA, opacity: number): RGBA => over([c[0], c[1], c[2], opacity], under);
  const lum = (c: RGBA) => {
    const ch = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]);
  };
  const ratio = (a: RGBA, b: RGBA) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };

  /** Text and background colour on screen, for the chain of ancestors from the root to the text's element. */
  const seen = (chain: Element[], i: number, under: RGBA, text: RGBA, shapes: Map<Element, RGBA>): [RGBA, RGBA] => {
    const st = getComputedStyle(chain[i]!);
    const own = over(parse(st.backgroundColor), under);
    const shape = shapes.get(chain[i]!);
    const inner = shape ? over(shape, own) : own;
    let [fg, bg] = i === chain.length - 1 ? [over(text, inner), inner] : seen(chain, i + 1, inner, text, shapes);
    const opacity = Number(st.opacity);
    if (opacity < 1) [fg, bg] = [fade(fg, under, opacity), fade(bg, under, opacity)];
    return [fg, bg];
  };
  const scaleOf = (el: Element) => {
    let s = 1;
    for (let a: Element | null = el; a; a = a.parentElement) {
      const tr = getComputedStyle(a).transform;
      if (tr && tr !== 'none') {
        const m = new DOMMatrix(tr);
        s *= Math.hypot(m.a, m.b);
      }
    }
    return s;
  };
  /** Clipped away: an ancestor that hides its overflow is (nearly) no size, as visually-hidden text is. */
  const clippedAway = (el: Element) => {
    for (let a: Element | null = el; a; a = a.parentElement) {
      const st = getComputedStyle(a);
      if (st.overflow !== 'visible' || st.clip !== 'auto') {
        const r = a.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) return true;
      }
    }
    return false;
  };
  /**
   * A box drawn as an SVG shape behind the text (the escalation factor's hexagon) is no ancestor
   * of it: its fill counts as a background of the element the shape and the text share.
   */
  const shapesBehind = (el: Element, x: number, y: number) => {
    const shapes = new Map<Element, RGBA>();
    for (const e of document.elementsFromPoint(x, y)) {
      if (!(e instanceof SVGGeometryElement) || e.closest('.react-flow__edges, .react-flow__edge, .bt-overview')) continue;
      const owner = e.ownerSVGElement?.parentElement;
      if (!owner?.contains(el)) continue;
      const st = getComputedStyle(e);
      const fill = parse(st.fill);
      if (fill[3] > 0 && !shapes.has(owner)) shapes.set(owner, [fill[0], fill[1], fill[2], fill[3] * Number(st.fillOpacity)]);
    }
    return shapes;
  };
  const covered = (el: Element, x: number, y: number) => {
    const top = document.elementFromPoint(x, y);
    if (!top || el.contains(top) || top.contains(el)) return false;
    // On the canvas a node's transparent hit area lies over its own label.
    const node = el.closest('.react-flow__node');
    return !(node && node.contains(top));
  };

  const results: Measured[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent!.trim();
    const el = n.parentElement;
    if (!text || !el || el.closest('option, title, script, style')) continue;
    if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) continue;
    const range = document.createRange();
    range.selectNodeContents(n);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 1 && r.height > 1);
    const inView = rects.filter((r) => r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight);
    if (inView.length === 0 || clippedAway(el)) continue;
    const r = inView[0]!;
    const x = Math.min(innerWidth - 1, Math.max(0, r.left + r.width / 2));
    const y = Math.min(innerHeight - 1, Math.max(0, r.top + r.height / 2));
    if (covered(el, x, y)) continue;
    const st = getComputedStyle(el);
    const px = parseFloat(st.fontSize) * scaleOf(el);
    const chain: Element[] = [];
    for (let a: Element | null = el; a; a = a.parentElement) chain.unshift(a);
    const [fg, bg] = seen(chain, 0, [255, 255, 255, 1], parse(st.color), shapesBehind(el, x, y));
    const node = el.closest('[data-testid^="node-"]');
    const part = node
      ? node.getAttribute('data-testid')!
      : el.closest(':disabled, [aria-disabled="true"]')
        ? 'disabled'
        : el.closest('.bt-focus-hint, .bt-hidden-hint')
          ? 'banner'
          : el.closest('.bt-toolbar')
            ? 'toolbar'
            : 'chrome';
    results.push({ part, text: text.slice(0, 50), px: Math.round(px * 100) / 100, contrast: Math.round(ratio(fg, bg) * 100) / 100 });
  }
  const by = (k: 'px' | 'contrast') => results.reduce((a, b) => (b[k] < a[k] ? b : a), results[0]!);
  return {
    count: results.length,
    smallest: by('px'),
    lowest: by('contrast'),
    smallestLabel: results.filter((m) => m.part.startsWith('node-')).reduce<Measured | null>((a, b) => (!a || b.px < a.px ? b : a), null),
    parts: results.reduce<Record<string, number>>((a, m) => ({ ...a, [m.part]: (a[m.part] ?? 0) + 1 }), {}),
    offenders: results.filter((m) => m.px < limits.px - 0.01 || m.contrast < limits.contrast),
  };
}

/** Audits the page and fails listing every text below 18 px or 7:1; returns the figures. */
export async function expectReadable(page: Page, where: string, need: readonly string[] = []): Promise<Audit> {
  // Let a viewport animation (follow, fit) finish first.
  await page.waitForTimeout(450);
  const audit = await page.evaluate(auditPage, { px: MIN_PX, contrast: MIN_CONTRAST });
  const list = audit.offenders.map((o) => `“${o.text}” ${o.px}px ${o.contrast}:1`).join('\n');
  const view = await page.evaluate(() => (document.querySelector('.react-flow__viewport') as HTMLElement | null)?.style.transform ?? '');
  expect(audit.offenders, `${where} (viewport ${view}): texts below ${MIN_PX}px or ${MIN_CONTRAST}:1:\n${list}`).toEqual([]);
  expect(audit.count, where).toBeGreaterThan(20);
  // The measure took in labels on the canvas, and each kind of text the step must show.
  for (const part of need) expect(audit.parts[part] ?? 0, `${where}: texts measured in ${part}`).toBeGreaterThan(0);
  expect(Object.entries(audit.parts).filter(([p]) => p.startsWith('node-')).reduce((a, [, n]) => a + n, 0), where).toBeGreaterThan(0);
  test.info().annotations.push({ type: where, description: `${audit.count} texts ${JSON.stringify(audit.parts)}; smallest ${audit.smallest.px}px (“${audit.smallest.text}”), on the canvas ${audit.smallestLabel?.px}px; lowest contrast ${audit.lowest.contrast}:1 (“${audit.lowest.text}”)` });
  return audit;
}

export const selected = (page: Page) => page.locator('.bt-node.is-selected > .bt-hit');
/** The accessible name of the selected element, '' when nothing is selected (without waiting). */
export const selectedName = async (page: Page) => ((await selected(page).count()) > 0 ? ((await selected(page).getAttribute('aria-label')) ?? '') : '');
export const canvas = (page: Page) => page.locator('.bowtie-canvas');

/** The box of `el` lies inside `area` (with half a pixel for rounding). */
export async function inside(el: Locator, area: { left: number; right: number; top: number; bottom: number }) {
  const b = (await el.boundingBox())!;
  expect(b.x, 'left edge').toBeGreaterThanOrEqual(area.left - 0.5);
  expect(b.x + b.width, 'right edge').toBeLessThanOrEqual(area.right + 0.5);
  expect(b.y, 'top edge').toBeGreaterThanOrEqual(area.top - 0.5);
  expect(b.y + b.height, 'bottom edge').toBeLessThanOrEqual(area.bottom + 0.5);
}

/** The overview map in the corner does not lie over `el`. */
export async function clearOfOverview(el: Locator) {
  const b = (await el.boundingBox())!;
  const o = (await el.page().locator('.bt-overview').boundingBox())!;
  const apart = b.x + b.width <= o.x || o.x + o.width <= b.x || b.y + b.height <= o.y || o.y + o.height <= b.y;
  expect(apart, 'the overview does not cover the element').toBe(true);
}

export async function canvasArea(page: Page) {
  const b = (await canvas(page).boundingBox())!;
  return { left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height };
}

/** The example's R01 (causes, consequences, their measures, escalation factors) and one cause more: 30 elements. */
export async function openBigBowtie(page: Page) {
  await openExampleProject(page);
  await page.getByRole('button', { name: /^R01 / }).click();
  await page.locator('[data-node-key="event"]').focus();
  await page.keyboard.press('c');
  await page.keyboard.type('Leegstand door schaalvergroting in de landbouw');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.locator('.bt-node')).toHaveCount(30);
}
