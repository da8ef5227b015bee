/**
 * The links view ("Verbanden") on the example project in real Chromium: the shared cause behind
 * R02 and R03, a risk code that opens the bow-tie, the partners × risks grid from the keyboard,
 * and an accessibility scan in the light and projector themes.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { openExampleProject } from './pages/welcome.ts';
import { chooseTheme, showView, viewButton } from './pages/workspace.ts';

async function openLinks(app: Page) {
  await openExampleProject(app);
  await showView(app, 'Verbanden');
  await expect(app.getByRole('heading', { name: 'Koppelkansen: gedeelde oorzaken en maatregelen' })).toBeVisible();
}

async function expectNoAxeViolations(app: Page, label: string) {
  const result = await new AxeBuilder({ page: app }).include('.project-main').analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`), label).toEqual([]);
}

test('the shared cause lists both risks, and a risk code opens that bow-tie', async ({ app }) => {
  await openLinks(app);
  const row = app.getByTestId('links-shared-causes').getByRole('row', { name: /Problematische thuissituatie/ });
  await expect(row.getByRole('button')).toHaveText(['R02', 'R03']);
  const measures = app.getByTestId('links-shared-measures');
  await expect(measures.getByRole('row', { name: /Integrale wijkteams signaleren vroegtijdig/ })).toContainText('Gemeente – sociaal domein');
  await expect(measures.getByRole('row', { name: /Integrale wijkteams/ })).toContainText('Preventief');
  await app.screenshot({ path: 'test-results/links-light.png', fullPage: true });
  await expectNoAxeViolations(app, 'light');

  await row.getByRole('button', { name: /^R03 Huiselijk geweld/ }).click();
  await expect(viewButton(app, 'Vlinderdas')).toHaveAttribute('aria-pressed', 'true');
  await expect(app.getByLabel('Titel', { exact: true })).toHaveValue('Huiselijk geweld');
});

test('partners × risks: counts per cell, reachable by keyboard, Enter opens the risk', async ({ app }) => {
  await openLinks(app);
  const grid = app.getByTestId('links-partner-grid');
  await expect(grid.getByRole('columnheader')).toHaveText(['Partner', 'R01', 'R02', 'R03', 'Totaal']);
  const vt = grid.getByRole('row', { name: /^Veilig Thuis/ });
  await expect(vt.getByRole('button')).toHaveText(['–', '–', '4']);
  const cell = grid.getByRole('button', { name: 'Veilig Thuis in R03: 4 maatregelen, vlinderdas openen' });
  // The grid is one tab stop: Tab lands on the first cell, the arrow keys walk to Veilig Thuis × R03.
  await app.getByText('Aantal maatregelen per partner').click();
  await app.keyboard.press('Tab');
  await expect(grid.getByRole('button').first()).toBeFocused();
  const vtRow = (await grid.getByRole('row').allTextContents()).findIndex((t) => t.startsWith('Veilig Thuis')) - 1;
  for (let i = 0; i < vtRow; i++) await app.keyboard.press('ArrowDown');
  await app.keyboard.press('End');
  await expect(cell).toBeFocused();
  await app.keyboard.press('ArrowLeft');
  await expect(vt.getByRole('button').nth(1)).toBeFocused();
  await app.keyboard.press('ArrowRight');
  await expect(cell).toBeFocused();
  // One more Tab leaves the grid: the next stop is the first risk code of the domain table.
  await app.keyboard.press('Tab');
  await expect(app.getByTestId('links-domains').getByRole('button').first()).toBeFocused();
  const domains = app.getByTestId('links-domains');
  await expect(domains.getByRole('columnheader')).toHaveText(['Risico', 'Veiligheid', 'Sociaal', 'Fysiek', 'Economisch', 'Totaal']);
  await domains.scrollIntoViewIfNeeded();
  await app.screenshot({ path: 'test-results/links-domains.png' });
  await cell.focus();
  await expect(cell).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByLabel('Titel', { exact: true })).toHaveValue('Huiselijk geweld');
});

test('the projector theme leaves confidential measures out and passes the accessibility scan', async ({ app }) => {
  await openLinks(app);
  const riec = app.getByTestId('links-partner-grid').getByRole('row', { name: /^RIEC/ });
  await expect(riec.getByRole('button').first()).toHaveText('4');
  await expect(app.getByText('Vertrouwelijke onderdelen zijn weggelaten (projectorthema).')).toBeHidden();
  await chooseTheme(app, 'projector');
  await expect(app.locator('.app')).toHaveAttribute('data-theme', 'projector');
  // The example's one confidential measure (RIEC, in R01) is left out on the projector, and the view says so.
  await expect(app.getByText('Vertrouwelijke onderdelen zijn weggelaten (projectorthema).')).toBeVisible();
  await expect(riec.getByRole('button').first()).toHaveText('3');
  await expect(app.getByTestId('links-shared-causes').getByRole('row', { name: /Problematische thuissituatie/ })).toBeVisible();
  await app.screenshot({ path: 'test-results/links-projector.png', fullPage: true });
  await expectNoAxeViolations(app, 'projector');
  await chooseTheme(app, 'dark');
  await expectNoAxeViolations(app, 'dark');
});
