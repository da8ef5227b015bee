/**
 * The journey around the bow-tie in Chromium: a new project opens in the register with a line on
 * the steps; the project's details are set in Instellingen (a wrong CBS code is refused, an edit
 * is undone with Ctrl+Z); a risk's "Beleid" panel takes its IVP fields by keyboard; the priority
 * advice list ranks the example's risks, the user accepts a proposal and records why.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { addRisk, riskButton } from './pages/canvas.ts';
import { openExampleProject, startNewProject } from './pages/welcome.ts';
import { showView } from './pages/workspace.ts';

test('a new project opens in the register with a dismissible line on the steps', async ({ app }) => {
  await startNewProject(app);
  await expect(app.getByRole('region', { name: 'Risicolijst' })).toBeVisible();
  const steps = app.getByRole('complementary', { name: 'Stappen naar het risicoprofiel' });
  await expect(steps).toContainText('inventariseren');
  await expect(steps).toContainText('vlinderdassen uitwerken → 5 rapport');
  await steps.getByRole('button', { name: 'Verbergen' }).click();
  await expect(steps).toHaveCount(0);
  await app.reload();
  await expect(app.getByRole('region', { name: 'Risicolijst' })).toBeVisible();
  await expect(app.getByRole('complementary', { name: 'Stappen naar het risicoprofiel' })).toHaveCount(0);
});

test('project details: typed by keyboard, a wrong CBS code refused, one edit undone', async ({ app }) => {
  await startNewProject(app);
  await showView(app, 'Instellingen');
  await app.getByRole('button', { name: 'Project', exact: true }).click();
  const details = app.getByRole('region', { name: 'Project' });
  await details.getByLabel('Gemeente', { exact: true }).fill('Gemeente Voorbeeld');
  await details.getByLabel('Gemeente', { exact: true }).press('Enter');
  const code = details.getByLabel('CBS-gemeentecode');
  await code.fill('GM12');
  await expect(details.getByRole('alert')).toHaveText('Een gemeentecode is GM met vier cijfers, bijvoorbeeld GM0363.');
  await code.fill('gm0999');
  await code.press('Tab');
  await expect(code).toHaveValue('GM0999');
  await details.getByLabel('Organisatie').fill('Team Openbare Orde en Veiligheid');
  await details.getByLabel('Organisatie').press('Tab');
  await details.getByLabel('Versie').fill('0.3');
  await details.getByLabel('Versie').press('Enter');
  await details.getByLabel('Status').selectOption({ label: 'Definitief' });
  // Out of the field (shortcuts leave form controls alone), then undo the last edit only.
  await details.getByText('Deze gegevens staan op de titelpagina').click();
  await app.keyboard.press('Control+z');
  await expect(details.getByLabel('Status')).toHaveValue('draft');
  await expect(details.getByLabel('Versie')).toHaveValue('0.3');
  await app.screenshot({ path: 'test-results/project-details.png', fullPage: true });
  await app.reload();
  await app.getByRole('button', { name: 'Project', exact: true }).click();
  await expect(app.getByLabel('Organisatie')).toHaveValue('Team Openbare Orde en Veiligheid');
  await expect(app.getByLabel('CBS-gemeentecode')).toHaveValue('GM0999');
});

test('the Beleid panel of a risk takes every IVP field', async ({ app }) => {
  await startNewProject(app);
  await addRisk(app, 'Jeugdoverlast in het centrum');
  await app.getByRole('tab', { name: 'Beleid' }).click();
  const panel = app.getByRole('tabpanel');
  await panel.getByLabel('Aanleiding — wat speelt er?').fill('Meldingen over jeugdoverlast stijgen al drie jaar.');
  await panel.getByLabel('Onderbouwing: cijfers en bronnen').fill('Politie, meldingen 2023–2025.');
  await panel.getByLabel('Doelen (één per regel)').fill('Minder meldingen in 2030\nMeer jongeren bereikt');
  await panel.getByLabel('Capaciteit').fill('0,5 fte');
  await panel.getByLabel('Budget').fill('€ 40.000 per jaar');
  await panel.getByLabel('Relatie met ander beleid').fill('Jeugdbeleid');
  await panel.getByLabel('Relatie met ander beleid').press('Tab');
  await panel.getByRole('button', { name: 'Indicator toevoegen' }).click();
  await panel.getByLabel('Bron 1').fill('Politie');
  await panel.getByLabel('Bron 1').press('Enter');
  await panel.getByLabel('Jaar nulmeting 1').fill('2025');
  await panel.getByLabel('Jaar nulmeting 1').press('Enter');
  const pick = panel.getByLabel('Kies een partner');
  const partner = (await pick.locator('option').nth(1).textContent())!;
  await pick.selectOption({ label: partner });
  await panel.getByRole('button', { name: 'Partner toevoegen' }).click();
  await panel.getByLabel(`Rol: ${partner}`).selectOption({ label: 'Regie' });
  await panel.getByLabel('Kans (rest)').selectOption('2');
  await panel.getByLabel('Impact (rest)').selectOption('3');
  await expect(panel).toContainText('Restrisicoscore: 6');
  await app.screenshot({ path: 'test-results/policy-panel.png', fullPage: true });
  await app.reload();
  await app.getByRole('tab', { name: 'Beleid' }).click();
  const again = app.getByRole('tabpanel');
  await expect(again.getByLabel('Doelen (één per regel)')).toHaveValue('Minder meldingen in 2030\nMeer jongeren bereikt');
  await expect(again.getByLabel('Budget')).toHaveValue('€ 40.000 per jaar');
  await expect(again.getByLabel('Bron 1')).toHaveValue('Politie');
  await expect(again.getByLabel('Jaar nulmeting 1')).toHaveValue('2025');
  await expect(again.getByLabel(`Rol: ${partner}`)).toHaveValue('lead');
  await expect(again).toContainText('Restrisicoscore: 6');
});

test('priority advice: a ranked proposal with reasons, accepted or overridden with a motivering', async ({ app }) => {
  await openExampleProject(app);
  await showView(app, 'Instellingen');
  await app.getByRole('button', { name: 'Prioriteitsadvies', exact: true }).click();
  const list = app.getByRole('region', { name: 'Prioriteitsadvies' });
  await expect(list.getByLabel('Prioriteit vanaf risicoscore')).toHaveValue('15');
  const rows = list.locator('tbody tr');
  await expect(rows.first().locator('td').nth(3)).toHaveText('Prioriteit');
  await expect(rows.first().locator('td').nth(4)).toContainText('≥ 15');
  const first = rows.first();
  const code = (await first.getAttribute('data-risk'))!;
  await first.getByRole('combobox', { name: `Advies kiezen voor ${code}` }).selectOption({ label: 'Beheersniveau' });
  await expect(first).toContainText('afwijkend van het voorstel');
  await first.getByRole('button', { name: `Overnemen: ${code}` }).click();
  await expect(first).toContainText('overgenomen');
  const reason = first.getByLabel(`Motivering van ${code}`);
  await reason.fill('Hoogste score; de raad vroeg erom.');
  await reason.press('Enter');
  // Changing the rule changes the proposals and their reasons at once; the choice made stays.
  const threshold = list.getByLabel('Prioriteit vanaf risicoscore');
  await threshold.fill('26');
  await threshold.press('Enter');
  const row = list.locator(`tr[data-risk="${code}"]`);
  await expect(row.locator('td').nth(4)).toContainText('< 26');
  await expect(row.getByRole('combobox', { name: `Advies kiezen voor ${code}` })).toHaveValue('priority');
  await app.screenshot({ path: 'test-results/priority-advice.png', fullPage: true });
  await list.getByText('Gerangschikt volgens de regel').click();
  await app.keyboard.press('Control+z');
  await expect(list.getByLabel('Prioriteit vanaf risicoscore')).toHaveValue('15');
  await expect(list.getByLabel(`Motivering van ${code}`)).toHaveValue('Hoogste score; de raad vroeg erom.');
});

test('the project details, the priority advice and the Beleid panel pass an accessibility scan', async ({ app }) => {
  await openExampleProject(app);
  const scan = async (what: string) => {
    const result = await new AxeBuilder({ page: app }).include('.project-main').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`), what).toEqual([]);
  };
  await showView(app, 'Instellingen');
  for (const section of ['Project', 'Prioriteitsadvies']) {
    await app.getByRole('button', { name: section, exact: true }).click();
    await expect(app.getByRole('region', { name: section, exact: true })).toBeVisible();
    await scan(section);
  }
  await riskButton(app, /^R01/).click();
  await app.getByRole('tab', { name: 'Beleid' }).click();
  await expect(app.getByRole('tabpanel')).toBeVisible();
  await scan('Beleid');
});
