/**
 * Starting a project from the starter long list in real Chromium: the new, empty project offers
 * the list grouped by theme; nothing is added until the user chooses; the chosen risks arrive as
 * one undoable edit; later, more are added by theme from the register's dialog.
 */
import { expect, test } from './fixtures.ts';
import { startNewProject } from './pages/welcome.ts';

test('a new project starts from the starter list, one undo step, more by theme later', async ({ app }) => {
  await startNewProject(app);
  const start = app.getByRole('region', { name: 'Beginnen met de startlijst' });
  await expect(start).toBeVisible();
  await expect(start.getByRole('group', { name: /Jeugdoverlast en jeugdgroepen/ })).toBeVisible();
  // Nothing is added unasked.
  await expect(app.locator('.sidebar .risk-item')).toHaveCount(0);
  await expect(start.getByRole('button', { name: 'Kies risico’s om toe te voegen' })).toBeDisabled();

  await start.getByRole('checkbox', { name: 'Alles van Objectieve veiligheid / veelvoorkomende criminaliteit' }).check();
  await start.getByRole('checkbox', { name: /Jeugdoverlast/ }).nth(1).check();
  if (process.env['VLINDER_SHOTS']) await app.screenshot({ path: `${process.env['VLINDER_SHOTS']}/starter-picker.png` });
  const add = start.getByRole('button', { name: /^Gekozen risico’s toevoegen/ });
  const label = await add.textContent();
  const count = Number(/\d+/.exec(label ?? '')![0]);
  expect(count).toBeGreaterThanOrEqual(6);
  await add.click();

  await app.getByRole('button', { name: 'Risicolijst' }).click();
  const rows = app.locator('.register-table tbody tr');
  await expect(rows).toHaveCount(count);
  await expect(app.locator('.register-table')).toContainText('Woninginbraak');
  await expect(app.locator('.register-table')).toContainText('Objectieve veiligheid');

  // One undo step takes all of them away again.
  await app.locator('body').click({ position: { x: 5, y: 5 } });
  await app.keyboard.press('Control+z');
  await expect(rows).toHaveCount(0);
  await app.keyboard.press('Control+Shift+z');
  await expect(rows).toHaveCount(count);

  // Later: add the risks of one more theme from the register; those already present stay unchecked-disabled.
  await app.getByRole('button', { name: 'Startlijst…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Beginnen met de startlijst' });
  await expect(dialog.getByRole('checkbox', { name: /^Woninginbraak/ })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'Alles van Verkeersveiligheid' }).check();
  await dialog.getByRole('button', { name: /^Gekozen risico’s toevoegen/ }).click();
  await expect(dialog).toBeHidden();
  await expect(rows).toHaveCount(count + 2);
  await expect(app.locator('.register-table')).toContainText('Rijden onder invloed');
});
