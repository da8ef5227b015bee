/**
 * A bow-tie from a template in real Chromium: a starter risk gets the template of its theme
 * offered first; applying it gives a full, method-clean bow-tie (only the scoring is left) as
 * one undo step; the result can be saved as an own template that is listed beside the bundled.
 */
import { expect, test } from './fixtures.ts';
import { centralEvent, nodes } from './pages/canvas.ts';
import { startNewProject } from './pages/welcome.ts';

test('apply the woninginbraak template to a starter risk, undo it in one step, save an own template', async ({ app }) => {
  await startNewProject(app);
  const start = app.getByRole('region', { name: 'Beginnen met de startlijst' });
  await start.getByRole('checkbox', { name: /^Woninginbraak/ }).check();
  await start.getByRole('button', { name: 'Gekozen risico’s toevoegen (1)' }).click();
  await app.locator('.sidebar .risk-link', { hasText: 'Woninginbraak' }).click();
  await expect(centralEvent(app)).toBeVisible();
  const empty = await app.locator('.bt-node').count();

  await app.locator('.bt-toolbar').getByRole('button', { name: 'Sjabloon', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Sjabloon toepassen op dit risico' });
  const first = dialog.locator('.template-item').first();
  await expect(first).toContainText('Woninginbraak');
  await expect(first).toContainText('past bij dit thema');
  await expect(first).toContainText('Bronnen: CCV – Politiekeurmerk Veilig Wonen');
  await first.getByRole('button', { name: 'Sjabloon Woninginbraak toepassen' }).click();
  await expect(dialog).toBeHidden();

  await expect(nodes(app, 'cause')).toHaveCount(4);
  await expect(nodes(app, 'consequence')).toHaveCount(3);
  await expect(app.locator('#risk-hazard')).toHaveValue('Bewoonde woningen met waardevolle spullen in de wijk');
  // Method-clean: the only finding left is the scoring, which is the municipality's own work.
  await expect(app.getByTestId('findings-count')).toHaveText('1');
  await app.getByTestId('findings').getByRole('button', { name: /Bevindingen/ }).click();
  await expect(app.getByTestId('findings').locator('.findings-item[data-rule="S11"]')).toHaveCount(1);
  await app.keyboard.press('f');
  await app.waitForTimeout(400);
  if (process.env['VLINDER_SHOTS']) await app.screenshot({ path: `${process.env['VLINDER_SHOTS']}/template-bowtie.png` });

  // One undo step removes the whole template, redo brings it back.
  const nodeCount = await app.locator('.bt-node').count();
  expect(nodeCount).toBeGreaterThan(25);
  await app.locator('.bt-toolbar').getByRole('button', { name: /Ongedaan maken/ }).click();
  await expect(app.locator('.bt-node')).toHaveCount(empty);
  await expect(app.locator('#risk-hazard')).toHaveValue('');
  await app.locator('.bt-toolbar').getByRole('button', { name: /Opnieuw/ }).click();
  await expect(app.locator('.bt-node')).toHaveCount(nodeCount);

  // Save as an own template through the palette; it is listed beside the bundled ones.
  await app.keyboard.press('Control+k');
  await app.keyboard.type('eigen sjabloon');
  await app.keyboard.press('Enter');
  const save = app.getByRole('dialog', { name: 'Opslaan als eigen sjabloon' });
  await save.getByLabel('Naam van het sjabloon').fill('Inbraak Noord');
  await save.getByRole('button', { name: 'Opslaan' }).click();
  await expect(save).toBeHidden();
  await app.locator('.bt-toolbar').getByRole('button', { name: 'Sjabloon', exact: true }).click();
  await expect(dialog.locator('.template-item', { hasText: 'Inbraak Noord' })).toContainText('eigen sjabloon');
  await dialog.getByRole('button', { name: 'Eigen sjabloon Inbraak Noord verwijderen' }).click();
  await expect(dialog.locator('.template-item', { hasText: 'Inbraak Noord' })).toHaveCount(0);
});
