/**
 * The findings panel of the bow-tie editor: a new risk shows what is still missing, the list
 * follows the bow-tie as it is edited with the keyboard, a finding leads to its element on the
 * canvas and can be ignored for the session.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const panel = (page: Page) => page.getByTestId('findings');
const count = (page: Page) => page.getByTestId('findings-count');
const item = (page: Page, rule: string) => panel(page).locator(`.findings-item[data-rule="${rule}"]`);
const selected = (page: Page) => page.locator('.bt-node.is-selected > .bt-hit');

test('findings follow the bow-tie, lead to their element and can be ignored', async ({ app }) => {
  const errors: string[] = [];
  app.on('pageerror', (e) => errors.push(String(e)));

  await app.getByRole('button', { name: 'Nieuw project' }).click();
  await app.getByPlaceholder('Nieuw risico…').fill('Uitval van de drinkwatervoorziening');
  await app.keyboard.press('Enter');
  await expect(app.locator('[data-node-key="event"]')).toBeFocused();

  // Collapsed at first: only the toggle with its count. Shift+B (the command) opens it.
  const toggle = panel(app).getByRole('button', { name: /^▸?\s*Bevindingen/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await app.keyboard.press('Shift+B');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // A new risk is on the longlist: only its scores are checked until the bow-tie gets content.
  await expect(panel(app)).toContainText('De vlinderdasregels gelden zodra het risico geselecteerd is');
  await expect(item(app, 'S11')).toContainText('Het risico heeft nog geen score voor kans en impact.');
  await expect(count(app)).toHaveText('1');
  const before = 1;

  // A cause added with the keyboard (C, type, Enter) makes the bow-tie rules apply.
  await app.locator('[data-node-key="event"]').focus();
  await app.keyboard.press('c');
  await expect(app.locator('.bt-inline-editor')).toBeFocused();
  await app.keyboard.type('Stroomuitval bij het pompstation');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Escape');
  await expect(count(app)).not.toHaveText(String(before));

  await expect(panel(app).getByRole('heading', { name: /Waarschuwingen/ })).toBeVisible();
  await expect(item(app, 'S1')).toHaveCount(2);
  await expect(item(app, 'S1').first()).toContainText('Het gevaar (de bron) is nog niet ingevuld.');
  await expect(item(app, 'S2')).toContainText('De vlinderdas heeft nog geen gevolgen.');
  await expect(item(app, 'S3')).toContainText('Oorzaak “Stroomuitval bij het pompstation” heeft geen preventieve maatregel.');
  const withCause = Number(await count(app).textContent());
  expect(withCause).toBeGreaterThan(before);
  expect(await panel(app).locator('.findings-item').count()).toBe(withCause);

  // Clicking a finding selects its element on the canvas.
  await item(app, 'S3').locator('.findings-go').click();
  await expect(selected(app)).toHaveAttribute('aria-label', 'Oorzaak: Stroomuitval bij het pompstation');
  await expect(selected(app)).toBeFocused();
  await expect(item(app, 'S3')).toHaveAttribute('aria-current', 'true');

  // Enter on a finding works the same way.
  await item(app, 'S1').first().locator('.findings-go').focus();
  await app.keyboard.press('Enter');
  await expect(selected(app)).toHaveAttribute('data-node-key', 'hazard');

  // Ignoring one takes it off the list and the count; it can be brought back.
  await item(app, 'S3').getByRole('button', { name: 'Negeren' }).click();
  await expect(item(app, 'S3')).toHaveCount(0);
  await expect(count(app)).toHaveText(String(withCause - 1));
  // The keyboard stays in the list, on the finding that took its place.
  await expect(panel(app).locator('.findings-go:focus')).toHaveCount(1);
  await app.screenshot({ path: 'test-results/findings.png' });
  await panel(app).getByRole('button', { name: '1 genegeerd — terugzetten' }).click();
  await expect(item(app, 'S3')).toHaveCount(1);
  await expect(count(app)).toHaveText(String(withCause));

  // Filling in the hazard clears its finding live.
  await app.locator('#risk-hazard').fill('Drinkwaterleiding');
  await app.keyboard.press('Enter');
  await expect(item(app, 'S1')).toHaveCount(1);
  await expect(item(app, 'S1')).toContainText('De centrale gebeurtenis is nog niet ingevuld.');

  // The open panel passes axe (names, contrast, list structure).
  const axe = await new AxeBuilder({ page: app }).include('[data-testid="findings"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

  // The palette lists the command.
  await app.keyboard.press('Control+K');
  await app.keyboard.type('Bevindingen');
  await expect(app.getByRole('option', { name: /Bevindingen tonen of verbergen/ })).toBeVisible();
  await app.keyboard.press('Escape');

  // Not part of the projector theme.
  await app.keyboard.press('Control+Shift+P');
  await expect(panel(app)).toHaveCount(0);

  expect(errors).toEqual([]);
});
