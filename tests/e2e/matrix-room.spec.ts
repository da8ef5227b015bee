/**
 * The matrix in front of a room: on a 1280×720 projector the room view gives the grid the whole
 * window, shows each risk's title beside its code, keeps every text at 18 px or more and every
 * risk on screen; Escape (or the button) brings the filters back. The palette reaches it too.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openExampleProject } from './pages/welcome.ts';
import { commandPalette, showView } from './pages/workspace.ts';

/** The smallest rendered font size of any visible text in `selector`, with the element that has it. */
async function smallestText(page: Page, selector: string): Promise<{ px: number; text: string }> {
  return page.evaluate((sel) => {
    let best = { px: Infinity, text: '' };
    for (const el of Array.from(document.querySelectorAll(`${sel} *`))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      const box = el.getBoundingClientRect();
      if (!own || box.width === 0 || box.height === 0 || el.closest('.visually-hidden')) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < best.px) best = { px, text: el.textContent!.trim().slice(0, 40) };
    }
    return best;
  }, selector);
}

test.use({ viewport: { width: 1280, height: 720 } });

test('the room view shows the matrix readable from the back row, and Escape leaves it', async ({ app }) => {
  await openExampleProject(app);
  await app.getByRole('combobox', { name: 'Thema' }).selectOption({ label: 'Projectorthema' });
  await showView(app, 'Risicomatrix');
  const matrix = app.getByRole('region', { name: /^Risicomatrix/ });
  // On the projector the titles stand beside the codes even outside the room view.
  await expect(matrix.locator('[data-risk-dot]').filter({ hasText: /^R02/ })).toContainText('Jeugdoverlast');

  await app.getByRole('button', { name: 'Zaalweergave' }).click();
  await expect(app.getByRole('button', { name: 'Zaalweergave' })).toHaveAttribute('aria-pressed', 'true');
  await expect(app.getByRole('combobox', { name: 'Veld' })).toBeHidden();
  const smallest = await smallestText(app, '.matrix-view');
  expect(smallest.px, `smallest text: “${smallest.text}”`).toBeGreaterThanOrEqual(18);

  const dots = matrix.locator('.matrix-grid [data-risk-dot]');
  expect(await dots.count()).toBe(12);
  for (const box of await dots.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(720);
    expect(box.right).toBeLessThanOrEqual(1280);
  }
  // A dot still opens nothing by accident: the keyboard stays on the matrix and Escape leaves.
  await dots.first().focus();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('button', { name: 'Zaalweergave' })).toHaveAttribute('aria-pressed', 'false');
  await expect(app.getByRole('combobox', { name: 'Veld' })).toBeVisible();

  await app.keyboard.press('Control+k');
  await app.keyboard.type('zaalweergave');
  await expect(commandPalette(app).getByRole('option').first()).toContainText('Zaalweergave');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('button', { name: 'Zaalweergave' })).toHaveAttribute('aria-pressed', 'true');
});
