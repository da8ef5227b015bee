/**
 * The quick-choice line (O, S, W on a measure) in the projector theme at 1280×720: it never lies
 * over the measure it edits, and every text on screen with it open reads at 18 px and 7:1.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { expectReadable, openBigBowtie, selected, selectedName } from './pages/room.ts';

test.use({ viewport: { width: 1280, height: 720 } });

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
