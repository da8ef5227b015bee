/**
 * Project settings in Chromium: switching the scales to A–E keeps every score; giving impact
 * fewer classes asks what to do with existing scores (convert, or keep and flag for review);
 * areas with validated CBS codes; an own theme under a Kernbeleid field.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { startNewProject } from './pages/welcome.ts';
import { showView } from './pages/workspace.ts';
import { importDialog, openImportDialog, registerRows } from './pages/register.ts';

async function projectWithScores(app: Page) {
  await startNewProject(app);
  await showView(app, 'Risicolijst');
  await openImportDialog(app);
  const dialog = importDialog(app);
  const csv = 'Code;Titel;Kans;Impact\r\nR01;Woninginbraak;4;5\r\nR02;Jeugdoverlast;2;4\r\nR03;Drugslabs;5;1\r\n';
  await dialog.getByLabel('Kies een Excel- of CSV-bestand').setInputFiles({ name: 'lijst.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await dialog.getByRole('button', { name: '3 rijen inlezen' }).click();
  await expect(registerRows(app)).toHaveCount(3);
}

const scoreCells = (app: Page) => registerRows(app).first().locator('td.col-score');

test('scales: A–E keeps the scores; fewer impact classes converts or flags them, never silently', async ({ app }) => {
  await projectWithScores(app);
  await showView(app, 'Instellingen');
  await app.getByRole('radio', { name: 'A–E (regionaal risicoprofiel)' }).check();
  await app.getByRole('button', { name: 'Schalen toepassen' }).click();
  await showView(app, 'Risicolijst');
  await expect(scoreCells(app)).toHaveText(['D', 'E']);
  await expect(registerRows(app).first().locator('td.col-band')).toHaveText('Zeer hoog');

  // Impact from 5 to 4 classes: the app asks; keeping flags R01 (impact E) for review.
  await showView(app, 'Instellingen');
  await app.getByLabel('Aantal klassen').nth(1).selectOption('4');
  await app.getByRole('button', { name: 'Schalen toepassen' }).click();
  const confirm = app.getByRole('alertdialog', { name: 'Wat gebeurt er met de bestaande scores?' });
  await expect(confirm).toContainText('dan vallen er 1 buiten de schaal');
  await app.screenshot({ path: 'test-results/settings-scales.png', fullPage: true });
  await confirm.getByRole('button', { name: 'Laten staan en markeren (1 buiten de schaal)' }).click();
  await showView(app, 'Risicolijst');
  await expect(app.getByTestId('register-counts')).toContainText('Te controleren: 1');
  await expect(registerRows(app).first().locator('td.cell-review')).toHaveText('5? ⚠');
  // Undo the scale change, then convert instead: E → D, D → C (4 classes keep both ends).
  await app.keyboard.press('Control+z');
  await expect(scoreCells(app)).toHaveText(['D', 'E']);
  await showView(app, 'Instellingen');
  await app.getByLabel('Aantal klassen').nth(1).selectOption('4');
  await app.getByRole('button', { name: 'Schalen toepassen' }).click();
  await app.getByRole('button', { name: 'Omrekenen (2 scores)' }).click();
  await showView(app, 'Risicolijst');
  await expect(app.locator('tbody tr td.col-score:nth-child(7)')).toHaveText(['D', 'C', 'A']);
  await expect(app.getByTestId('register-counts')).not.toContainText('Te controleren');
});

test('areas with CBS codes and an own theme', async ({ app }) => {
  await projectWithScores(app);
  await showView(app, 'Instellingen');
  await app.getByRole('button', { name: 'Gebieden' }).click();
  await app.getByRole('textbox', { name: 'Naam' }).fill('Noord');
  await app.getByRole('textbox', { name: 'CBS-code' }).fill('WK12');
  await expect(app.getByText('Een CBS-code is GM + 4, WK + 6 of BU + 8 cijfers.')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Gebied toevoegen' })).toBeDisabled();
  await app.getByRole('textbox', { name: 'CBS-code' }).fill('wk080001');
  await app.getByRole('button', { name: 'Gebied toevoegen' }).click();
  await expect(app.getByRole('textbox', { name: 'CBS-code' }).first()).toHaveValue('WK080001');

  await app.getByRole('button', { name: 'Velden en thema’s' }).click();
  await app.getByRole('textbox', { name: 'Thema toevoegen' }).first().fill('Leefbaarheid');
  await app.getByRole('button', { name: 'Thema toevoegen' }).first().click();
  await expect(app.getByRole('textbox', { name: 'Code: Leefbaarheid' })).toHaveValue('VWL-E1');
  await app.screenshot({ path: 'test-results/settings-taxonomy.png' });
  // A band that leaves scores uncovered cannot be applied.
  await app.getByRole('button', { name: 'Schalen' }).click();
  await app.getByRole('spinbutton', { name: 'Zeer hoog: Tot en met' }).fill('20');
  await expect(app.getByRole('alert')).toContainText('Score 25 valt in geen enkele risicoklasse');
  await expect(app.getByRole('button', { name: 'Schalen toepassen' })).toBeDisabled();
  await app.getByRole('button', { name: 'Wijzigingen terugdraaien' }).click();
  await expect(app.getByRole('alert')).toBeHidden();

  await showView(app, 'Risicolijst');
  await registerRows(app).first().locator('td.col-theme').click();
  const theme = app.getByRole('combobox', { name: 'R01 · Veld / Thema' });
  await theme.selectOption({ label: 'VWL-E1 · Leefbaarheid' });
  await theme.press('Enter');
  await expect(registerRows(app).first().locator('td.col-theme')).toHaveText('VWL · Leefbaarheid');
  await registerRows(app).first().locator('td.col-areas').click();
  await app.getByRole('checkbox', { name: 'Noord' }).check();
  await app.getByRole('button', { name: 'Klaar' }).click();
  await expect(registerRows(app).first().locator('td.col-areas')).toHaveText('Noord');
});
