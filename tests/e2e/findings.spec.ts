/**
 * The findings panel of the bow-tie editor: a new risk shows what is still missing, the list
 * follows the bow-tie as it is edited with the keyboard, a finding leads to its element on the
 * canvas and can be ignored with a reason; an ignored finding stays ignored in the saved file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, startHost, test } from './fixtures.ts';
import { answerSaveAs, openFromWelcome } from './pages/fileChooser.ts';
import { centralEvent, inlineEditor, newRiskField, riskButton, elementName } from './pages/canvas.ts';
import { startNewProject } from './pages/welcome.ts';
import { saveState } from './pages/workspace.ts';

const panel = (page: Page) => page.getByTestId('findings');
const count = (page: Page) => page.getByTestId('findings-count');
const item = (page: Page, rule: string) => panel(page).locator(`.findings-item[data-rule="${rule}"]`);
const selected = (page: Page) => page.locator('.bt-node.is-selected > .bt-hit');
const dismissed = (page: Page) => page.getByTestId('findings-dismissed');

test('findings follow the bow-tie, lead to their element and can be ignored', async ({ app }) => {
  const errors: string[] = [];
  app.on('pageerror', (e) => errors.push(String(e)));

  await startNewProject(app);
  await newRiskField(app).fill('Uitval van de drinkwatervoorziening');
  await app.keyboard.press('Enter');
  await expect(centralEvent(app)).toBeFocused();

  // Collapsed at first: only the toggle with its count. Alt+B (the command) opens it.
  const toggle = panel(app).getByRole('button', { name: /^▸?\s*Bevindingen/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await app.keyboard.press('Alt+B');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  // A new risk is on the longlist: only its scores are checked until the bow-tie gets content.
  await expect(panel(app)).toContainText('De vlinderdasregels gelden zodra het risico geselecteerd is');
  await expect(item(app, 'S11')).toContainText('Het risico heeft nog geen score voor kans en impact.');
  await expect(count(app)).toHaveText('1');
  const before = 1;

  // A cause added with the keyboard (C, type, Enter) makes the bow-tie rules apply.
  await centralEvent(app).focus();
  await app.keyboard.press('c');
  await expect(inlineEditor(app)).toBeFocused();
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
  await expect(selected(app)).toHaveAttribute('aria-label', elementName('Oorzaak: Stroomuitval bij het pompstation'));
  await expect(selected(app)).toBeFocused();
  await expect(item(app, 'S3')).toHaveAttribute('aria-current', 'true');

  // Enter on a finding works the same way.
  await item(app, 'S1').first().locator('.findings-go').focus();
  await app.keyboard.press('Enter');
  await expect(selected(app)).toHaveAttribute('data-node-key', 'hazard');

  // Ignoring one asks for an optional reason; Escape closes the question without ignoring.
  await item(app, 'S3').getByRole('button', { name: 'Negeren' }).click();
  await expect(item(app, 'S3').getByLabel('Waarom negeren? (optioneel)')).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(item(app, 'S3').getByRole('button', { name: 'Negeren' })).toBeFocused();
  await expect(count(app)).toHaveText(String(withCause));
  // Enter confirms: it goes off the list and the count.
  await item(app, 'S3').getByRole('button', { name: 'Negeren' }).click();
  await app.keyboard.press('Enter');
  await expect(item(app, 'S3')).toHaveCount(0);
  await expect(count(app)).toHaveText(String(withCause - 1));
  // The keyboard stays in the list, on the finding that took its place.
  await expect(panel(app).locator('.findings-go:focus')).toHaveCount(1);
  await app.screenshot({ path: 'test-results/findings.png' });
  // The ignored ones are listed; each can be brought back.
  await panel(app).getByRole('button', { name: '1 genegeerd' }).click();
  await expect(dismissed(app)).toContainText('Oorzaak “Stroomuitval bij het pompstation” heeft geen preventieve maatregel.');
  await dismissed(app).getByRole('button', { name: 'Terugzetten' }).click();
  await expect(dismissed(app)).toHaveCount(0);
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

test('an ignored finding, with its reason, is still ignored after saving and opening the file again', async ({ app, browser }) => {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-findings-'));
  const file = join(dir, 'genegeerd.vlinder');
  try {
    await startNewProject(app);
    await newRiskField(app).fill('Uitval van de drinkwatervoorziening');
    await app.keyboard.press('Enter');
    await panel(app).getByRole('button', { name: /Bevindingen/ }).click();
    await expect(item(app, 'S11')).toHaveCount(1);

    await item(app, 'S11').getByRole('button', { name: 'Negeren' }).click();
    await app.keyboard.type('Wordt in de werksessie van maart gescoord');
    await item(app, 'S11').getByRole('button', { name: 'Negeren' }).click();
    await expect(item(app, 'S11')).toHaveCount(0);

    await app.keyboard.press('Control+S');
    await answerSaveAs(app, file);
    await expect(saveState(app)).toHaveText('Opgeslagen');

    // A new start of the app, with nothing in its data folder: only the file carries the dismissal.
    const other = await startHost();
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(other.url);
      await openFromWelcome(page, file);
      await riskButton(page, /R01 Uitval van de drinkwatervoorziening/).click();
      await panel(page).getByRole('button', { name: /Bevindingen/ }).click();
      await expect(item(page, 'S11')).toHaveCount(0);
      await panel(page).getByRole('button', { name: '1 genegeerd' }).click();
      await expect(dismissed(page)).toContainText('Het risico heeft nog geen score voor kans en impact.');
      await expect(dismissed(page)).toContainText(`Genegeerd door ${userInfo().username} op`);
      await expect(dismissed(page)).toContainText('Reden: Wordt in de werksessie van maart gescoord');
      await page.screenshot({ path: 'test-results/findings-dismissed.png' });
      const axe = await new AxeBuilder({ page }).include('[data-testid="findings"]').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

      // Bringing it back is an edit like any other: it is listed again and saved that way.
      await dismissed(page).getByRole('button', { name: 'Terugzetten' }).click();
      await expect(item(page, 'S11')).toHaveCount(1);
      await expect(saveState(page)).toHaveText('Niet opgeslagen wijzigingen');
      await context.close();
    } finally {
      await other.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
