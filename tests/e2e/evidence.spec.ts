/**
 * Open-data figures in real Chromium: read a police CSV, see the figures per risk and per area
 * with trend and source, the buurt caveat; a bad file is refused naming its line and changes
 * nothing; the kind → risk mapping can be changed; the IVRP exported from the app carries them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { expect, test } from './fixtures.ts';
import { startNewProject } from './pages/welcome.ts';
import { exportDialog, openExportDialog, showView } from './pages/workspace.ts';

const DIR = join(import.meta.dirname, '../fixtures/evidence');

test('police figures per risk and per area, with source, trend and the buurt caveat', async ({ app }) => {
  await startNewProject(app);
  const start = app.getByRole('region', { name: 'Beginnen met de startlijst' });
  await start.getByRole('checkbox', { name: 'Alles van Objectieve veiligheid / veelvoorkomende criminaliteit' }).check();
  await start.getByRole('checkbox', { name: 'Alles van Fysieke kwaliteit' }).check();
  await start.getByRole('button', { name: /^Gekozen risico’s toevoegen/ }).click();
  await showView(app, 'Cijfers');

  const view = app.getByRole('region', { name: 'Cijfers' });
  const file = view.locator('input[type=file]');
  // A bad file: the line is named and nothing is read.
  await file.setInputFiles(join(DIR, 'bad-area.csv'));
  await expect(view.getByRole('alert')).toContainText('Regel 4: “Utrecht” is geen gebiedscode');
  await expect(view.getByRole('list', { name: 'Ingelezen bestanden' })).toHaveCount(0);

  await file.setInputFiles(join(DIR, '47022NED_TypedDataSet_20250115.csv'));
  await expect(view.getByRole('list', { name: 'Ingelezen bestanden' })).toContainText('47022NED');
  await expect(view.getByRole('alert')).toHaveCount(0);
  await expect(view.getByLabel('Risico voor Diefstal/inbraak woning')).toHaveText(/Woninginbraak/);
  await expect(view.getByLabel('Risico voor Diefstal/inbraak woning').locator('option:checked')).toHaveText(/Woninginbraak/);

  const pick = view.locator('.evidence-pick select').first();
  await pick.selectOption({ label: (await pick.locator('option', { hasText: 'Woninginbraak' }).textContent())! });
  const perRisk = view.getByRole('table', { name: 'Cijfers per risico' });
  await expect(perRisk.getByRole('row', { name: /GM0344/ })).toContainText('212');
  await expect(perRisk.getByRole('row', { name: /BU03440101/ })).toContainText('kleine aantallen');
  await expect(perRisk.getByRole('row', { name: /GM0344/ }).getByRole('img', { name: 'Verloop van Diefstal/inbraak woning in GM0344' })).toBeVisible();
  await expect(view.locator('figcaption').first()).toContainText('Bron: Politie, open data (StatLine-tabel 47022NED), gedownload op');
  await expect(view.locator('figcaption').first()).toContainText('Let op: op buurtniveau');

  // Count vandalism towards burglary too: the risk's table gets a second kind.
  const vandalism = view.getByLabel('Risico voor Vernieling cq. zaakbeschadiging');
  await expect(vandalism.locator('option:checked')).toHaveText(/Vernieling en graffiti/);
  await vandalism.selectOption({ label: (await view.getByLabel('Risico voor Diefstal/inbraak woning').locator('option:checked').textContent())! });
  await expect(perRisk.getByRole('row', { name: /WK034401/ })).toHaveCount(2);

  const perArea = view.getByRole('table', { name: 'Cijfers per gebied' });
  await expect(perArea.getByRole('row')).toHaveCount(3);
  if (process.env['VLINDER_SHOTS']) await app.screenshot({ path: `${process.env['VLINDER_SHOTS']}/evidence.png`, fullPage: true });

  // The IVRP written from the app's export dialog has the same figures, with their source.
  const out = mkdtempSync(join(tmpdir(), 'vlinder-e2e-evidence-'));
  try {
    await openExportDialog(app);
    const dialog = exportDialog(app);
    await dialog.getByRole('textbox', { name: 'Map' }).fill(out);
    await dialog.getByRole('button', { name: 'Exporteren', exact: true }).click();
    await expect(dialog.getByText(/Klaar: \d+ bestand\(en\) geschreven in/)).toBeVisible({ timeout: 60_000 });
    const docx = readdirSync(out).find((f) => f.endsWith('.docx'))!;
    const zip = await JSZip.loadAsync(readFileSync(join(out, docx)));
    const text = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('4.5 Cijfers per risico');
    expect(text).toContain('Bron: Politie, open data (StatLine-tabel 47022NED)');
    expect(text).toMatch(/Verloop van de geregistreerde cijfers: R\d+ Woninginbraak/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
