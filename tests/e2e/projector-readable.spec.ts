/**
 * The workshop room, at a 1280×720 projector: in the projector theme every text that shows —
 * toolbar, top bar, banners, disabled buttons, and every label on the bow-tie whatever the user
 * does with the zoom — is rendered at 18 px or more with a contrast of 7:1 or more; the view
 * follows the selection; F11 toggles full screen; the focus banner and the shortcut sheet stay
 * out of the way. In the light and dark themes the inspector never hides the consequences.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { nodes } from './pages/canvas.ts';
import { MIN_CONTRAST, MIN_PX, auditPage, canvas, canvasArea, clearOfOverview, expectReadable, inside, openBigBowtie, selected, selectedName } from './pages/room.ts';
import { chooseTheme, inspector } from './pages/workspace.ts';

test.use({ viewport: { width: 1280, height: 720 } });

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
      // The canvas, shorter by the banner, still shows the event whole and the hazard, once the
      // view has settled to its new height. (Revealing the selected cause may pan the view a few
      // pixels, by how the refit and the reveal meet: the hazard then reaches a little above the
      // canvas edge, which is why it is held to three quarters of its height on screen.)
      await expect(async () => {
        const area = await canvasArea(app);
        await inside(app.locator('[data-node-key="event"]'), area);
        const h = (await app.locator('[data-node-key="hazard"]').boundingBox())!;
        const shown = Math.min(h.y + h.height, area.bottom) - Math.max(h.y, area.top);
        expect(shown / h.height, 'the hazard on screen').toBeGreaterThanOrEqual(0.75);
        expect(h.x).toBeGreaterThanOrEqual(area.left - 0.5);
        expect(h.x + h.width).toBeLessThanOrEqual(area.right + 0.5);
      }).toPass({ timeout: 5000 });
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
