/**
 * The workshop room, at a 1280×720 projector: in the projector theme every text that shows —
 * toolbar, top bar, banners, disabled buttons, and every label on the bow-tie whatever the user
 * does with the zoom — is rendered at 18 px or more with a contrast of 7:1 or more; the view
 * follows the selection; F11 toggles full screen; the focus banner and the shortcut sheet stay
 * out of the way. In the light and dark themes the inspector never hides the consequences.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { nodes } from './pages/canvas.ts';
import { openExampleProject } from './pages/welcome.ts';
import { chooseTheme, inspector } from './pages/workspace.ts';

test.use({ viewport: { width: 1280, height: 720 } });

const MIN_PX = 18;
const MIN_CONTRAST = 7;

interface Measured {
  text: string;
  px: number;
  contrast: number;
  /** 'node-cause', 'node-escalation', … on the canvas; 'disabled' in a disabled control; 'banner', 'toolbar', else 'chrome'. */
  part: string;
}
interface Audit {
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
function auditPage(limits: { px: number; contrast: number }): Audit {
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
async function expectReadable(page: Page, where: string, need: readonly string[] = []): Promise<Audit> {
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

const selected = (page: Page) => page.locator('.bt-node.is-selected > .bt-hit');
/** The accessible name of the selected element, '' when nothing is selected (without waiting). */
const selectedName = async (page: Page) => ((await selected(page).count()) > 0 ? ((await selected(page).getAttribute('aria-label')) ?? '') : '');
const canvas = (page: Page) => page.locator('.bowtie-canvas');

/** The box of `el` lies inside `area` (with half a pixel for rounding). */
async function inside(el: Locator, area: { left: number; right: number; top: number; bottom: number }) {
  const b = (await el.boundingBox())!;
  expect(b.x, 'left edge').toBeGreaterThanOrEqual(area.left - 0.5);
  expect(b.x + b.width, 'right edge').toBeLessThanOrEqual(area.right + 0.5);
  expect(b.y, 'top edge').toBeGreaterThanOrEqual(area.top - 0.5);
  expect(b.y + b.height, 'bottom edge').toBeLessThanOrEqual(area.bottom + 0.5);
}

/** The overview map in the corner does not lie over `el`. */
async function clearOfOverview(el: Locator) {
  const b = (await el.boundingBox())!;
  const o = (await el.page().locator('.bt-overview').boundingBox())!;
  const apart = b.x + b.width <= o.x || o.x + o.width <= b.x || b.y + b.height <= o.y || o.y + o.height <= b.y;
  expect(apart, 'the overview does not cover the element').toBe(true);
}

async function canvasArea(page: Page) {
  const b = (await canvas(page).boundingBox())!;
  return { left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height };
}

/** The example's R01 (causes, consequences, their measures, escalation factors) and one cause more: 30 elements. */
async function openBigBowtie(page: Page) {
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

test('in the projector theme every text on screen is 18 px and 7:1 or more, wherever the selection goes and whatever the zoom', async ({ app }) => {
  await openBigBowtie(app);
  await app.locator('[data-node-key="event"]').focus();
  await app.keyboard.press('Control+Shift+P');
  await expect(app.locator('.bowtie-canvas.theme-projector')).toBeVisible();

  // Nothing selected: the central event in view, readable; the rest of the bow-tie in the overview.
  await app.keyboard.press('Escape');
  // The chrome, disabled buttons (nothing to delete with nothing selected) and the event, measured.
  await expectReadable(app, 'projector, nothing selected', ['chrome', 'toolbar', 'banner', 'disabled', 'node-event']);
  await clearOfOverview(app.locator('[data-node-key="event"]'));
  await inside(app.locator('[data-node-key="event"]'), await canvasArea(app));
  await expect(app.locator('.bt-overview')).toBeVisible();

  // Up from the event: the hazard, off screen above it, comes into view.
  // (With nothing selected the first arrow selects the event.)
  await app.locator('[data-node-key="event"]').focus();
  await app.keyboard.press('ArrowUp');
  await expect(selected(app)).toHaveAttribute('aria-label', /^Centrale gebeurtenis: /);
  await app.keyboard.press('ArrowUp');
  await expect(selected(app)).toHaveAttribute('aria-label', /^Gevaar: /);
  await expectReadable(app, 'projector, hazard selected', ['node-hazard']);
  await inside(selected(app), await canvasArea(app));
  await clearOfOverview(selected(app));
  await app.keyboard.press('Escape');

  // The selection on a cause: the view has followed it.
  await app.locator('[data-node-key="event"]').focus();
  await app.keyboard.press('ArrowLeft');
  await app.keyboard.press('ArrowLeft');
  await app.keyboard.press('ArrowLeft');
  await expect(selected(app)).toHaveAttribute('aria-label', /^Oorzaak: /);
  for (let i = 0; i < 5; i++) await app.keyboard.press('ArrowDown');
  await expect(selected(app)).toHaveAttribute('aria-label', /^Oorzaak: /);
  await expectReadable(app, 'projector, last cause selected', ['node-cause']);
  await inside(selected(app), await canvasArea(app));
  await clearOfOverview(selected(app));

  // With the focus banner on.
  await app.keyboard.press('Alt+f');
  await expect(app.locator('.bt-focus-hint')).toBeVisible();
  await expectReadable(app, 'projector, focus banner on', ['banner', 'node-cause']);
  await app.keyboard.press('Alt+f');

  // Across the event to a consequence: the view goes along.
  await app.keyboard.press('ArrowRight');
  for (let i = 0; i < 8 && !/^Gevolg: /.test(await selectedName(app)); i++) await app.keyboard.press('ArrowRight');
  await expect(selected(app)).toHaveAttribute('aria-label', /^Gevolg: /);
  await expectReadable(app, 'projector, consequence selected', ['node-consequence', 'node-measure']);
  await inside(selected(app), await canvasArea(app));
  await clearOfOverview(selected(app));

  // Zooming out by key, "Passend" and the mouse wheel stop at the readable floor.
  for (let i = 0; i < 4; i++) await app.keyboard.press('-');
  await expectReadable(app, 'projector, zoomed out by key');
  await app.keyboard.press('f');
  await expectReadable(app, 'projector, after F');
  const c = (await canvas(app).boundingBox())!;
  await app.mouse.move(c.x + c.width / 2, c.y + c.height / 2);
  for (let i = 0; i < 6; i++) await app.mouse.wheel(0, 400);
  await expectReadable(app, 'projector, wheel zoomed out');
});

test('the focus banner sits above the canvas, clear of the hazard; the shortcut sheet fits the projector screen', async ({ app }) => {
  await openBigBowtie(app);
  const banner = app.locator('.bt-focus-hint');
  for (const theme of ['light', 'projector'] as const) {
    await chooseTheme(app, theme);
    await selectCause(app);
    await app.keyboard.press('Alt+f');
    await expect(banner).toContainText('Alt+F');
    await app.waitForTimeout(400);
    // The banner is a bar above the canvas: nothing on the canvas is under it.
    const bannerBox = (await banner.boundingBox())!;
    expect(bannerBox.y + bannerBox.height, theme).toBeLessThanOrEqual((await canvasArea(app)).top + 0.5);
    if (theme === 'light') {
      // The canvas, shorter by the banner, still shows the hazard and the event whole.
      for (const key of ['hazard', 'event']) await inside(app.locator(`[data-node-key="${key}"]`), await canvasArea(app));
      // The whole bow-tie is in view here, the hazard at its top: what shows there is the hazard.
      const hazard = (await app.locator('[data-node-key="hazard"]').boundingBox())!;
      const onTop = await app.evaluate(([x, y]) => Boolean(document.elementFromPoint(x!, y!)?.closest('.bt-hazard')), [hazard.x + hazard.width / 2, hazard.y + hazard.height / 2]);
      expect(onTop, 'the hazard is not covered').toBe(true);
    }
    await app.keyboard.press('Alt+f');
    await expect(banner).toHaveCount(0);
  }

  await app.keyboard.press('?');
  const sheet = app.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(sheet).toBeVisible();
  await inside(sheet, { left: 0, right: 1280, top: 0, bottom: 720 });
  // Every shortcut on the sheet is on screen at once (three columns, no scrolling needed).
  const box = (await sheet.boundingBox())!;
  const sheetArea = { left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height };
  expect(await sheet.locator('.shortcut-row').count()).toBeGreaterThan(30);
  for (const row of await sheet.locator('.shortcut-row').all()) await inside(row, sheetArea);
  // Nothing scrolled away inside the sheet either.
  expect(await sheet.evaluate((el) => [...el.querySelectorAll('*'), el].every((e) => e.scrollHeight <= e.clientHeight + 1 || getComputedStyle(e).overflowY === 'visible'))).toBe(true);
  await expect(sheet.getByText('Volledig scherm')).toBeVisible();
  await expectReadableSheet(app);
});

/** From the central event, left until a cause is selected. */
async function selectCause(page: Page) {
  await page.locator('[data-node-key="event"]').focus();
  for (let i = 0; i < 4 && !/^Oorzaak: /.test(await selectedName(page)); i++) await page.keyboard.press('ArrowLeft');
  await expect(selected(page)).toHaveAttribute('aria-label', /^Oorzaak: /);
}

/** The open sheet's own texts pass too (what is behind its backdrop is not shown). */
async function expectReadableSheet(page: Page) {
  const audit = await page.evaluate(auditPage, { px: MIN_PX, contrast: MIN_CONTRAST });
  expect(audit.offenders.map((o) => `“${o.text}” ${o.px}px ${o.contrast}:1`)).toEqual([]);
  test.info().annotations.push({ type: 'projector, shortcut sheet', description: `${audit.count} texts; smallest ${audit.smallest.px}px; lowest contrast ${audit.lowest.contrast}:1` });
}

test('F11 puts the page in full screen and takes it out again; the palette knows the command', async ({ app }) => {
  await openBigBowtie(app);
  const full = () => app.evaluate(() => document.fullscreenElement?.tagName ?? null);
  await app.locator('[data-node-key="event"]').focus();
  await app.keyboard.press('F11');
  await expect.poll(full).toBe('HTML');
  await app.keyboard.press('F11');
  await expect.poll(full).toBeNull();
  await app.keyboard.press('Control+k');
  await app.keyboard.type('volledig scherm');
  const palette = app.getByRole('dialog', { name: 'Opdrachtenpalet' });
  await expect(palette.getByRole('option').first()).toContainText('Volledig scherm');
  await app.keyboard.press('Enter');
  await expect.poll(full).toBe('HTML');
});

for (const theme of ['light', 'dark'] as const) {
  test(`in the ${theme} theme at 1280×720 the inspector hides no consequence`, async ({ app }) => {
    await openBigBowtie(app);
    await chooseTheme(app, theme);
    await expect(inspector(app)).toBeVisible();
    await app.waitForTimeout(400);
    const area = await canvasArea(app);
    const panel = (await inspector(app).boundingBox())!;
    const open = { ...area, right: Math.min(area.right, panel.x) };
    const consequences = nodes(app, 'consequence');
    expect(await consequences.count()).toBe(4);
    // The rightmost consequence (and with it the whole column), and the leftmost cause.
    const rights = await consequences.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    await inside(consequences.nth(rights.indexOf(Math.max(...rights))), open);
    for (const c of await consequences.all()) await inside(c, open);
    for (const c of await nodes(app, 'cause').all()) await inside(c, open);

    // Selecting a consequence keeps it there too.
    await consequences.first().click();
    await expect(selected(app)).toHaveAttribute('aria-label', /^Gevolg: /);
    await inside(consequences.first(), open);
  });
}

/** The quick-choice line, open on the selected measure, lies clear of it and reads at 18 px / 7:1. */
async function quickLineClear(page: Page, audit = true) {
  const line = page.locator('.bt-quick');
  await page.keyboard.press('o');
  await expect(line).toBeVisible();
  const b = (await selected(page).boundingBox())!;
  const q = (await line.boundingBox())!;
  const apart = b.y + b.height <= q.y || q.y + q.height <= b.y || b.x + b.width <= q.x || q.x + q.width <= b.x;
  expect(apart, `the owner line covers “${await selectedName(page)}”`).toBe(true);
  if (audit) await expectReadable(page, 'projector, owner line open');
  await page.keyboard.press('Escape');
  await expect(line).toHaveCount(0);
}

test('in the projector theme the quick-choice line of a measure being typed never covers it', async ({ app }) => {
  // A bow-tie being typed live: one cause with its measure, low on the screen.
  await app.getByRole('button', { name: 'Nieuw project' }).click();
  await app.getByPlaceholder('Nieuw risico…').focus();
  await app.keyboard.type('Inbraak');
  await app.keyboard.press('Enter');
  await expect(app.locator('[data-node-key="event"]')).toBeFocused();
  await app.keyboard.press('Control+Shift+P');
  await expect(app.locator('.bowtie-canvas.theme-projector')).toBeVisible();
  for (const [key, label] of [['c', 'Donkere achterpaden'], ['p', 'Straatverlichting']] as const) {
    await app.keyboard.press(key);
    await expect(app.locator('.bt-inline-editor')).toBeFocused();
    await app.keyboard.type(label);
    await app.keyboard.press('Enter');
    await app.keyboard.press('Escape');
  }
  await expect(selected(app)).toHaveAttribute('aria-label', /^Maatregel: Straatverlichting/);
  await quickLineClear(app, false);
});

test('in the projector theme the quick-choice line is readable on every measure of a large bow-tie', async ({ app }) => {
  // Every measure met walking left from the event.
  await openBigBowtie(app);
  await app.locator('[data-node-key="event"]').focus();
  await app.keyboard.press('Control+Shift+P');
  await expect(app.locator('.bowtie-canvas.theme-projector')).toBeVisible();
  const line = app.locator('.bt-quick');
  let measures = 0;
  // Every measure met walking left from the event, whether it sits high or low on the screen.
  for (let i = 0; i < 14 && measures < 4; i++) {
    await app.keyboard.press('ArrowLeft');
    if (!/^Maatregel: /.test(await selectedName(app))) continue;
    measures++;
    await quickLineClear(app);
  }
  await expect(line).toHaveCount(0);
  expect(measures).toBeGreaterThan(0);
});
