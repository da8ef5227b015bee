/**
 * The inventory-and-scoring workshop in real Chromium through the web host: import a 40-row long
 * list from .xlsx, score five unscored risks by dragging them in the matrix (one undo entry per
 * drag), filter by field, export the register and read the workbook back.
 */
import AxeBuilder from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { openExampleProject, startNewProject } from './pages/welcome.ts';
import { chooseTheme, settled, showView, viewButton } from './pages/workspace.ts';
import { importDialog, openImportDialog, registerRows } from './pages/register.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/register/longlist-40.csv');
/** These five rows lose their likelihood and impact, to be scored in the matrix. */
const UNSCORED = ['R36', 'R37', 'R38', 'R39', 'R40'];
/** Where each goes: [likelihood, impact]. */
const TARGETS: Record<string, [number, number]> = { R36: [2, 3], R37: [4, 4], R38: [3, 4], R39: [3, 2], R40: [1, 5] };

/** The fixture as a workbook, with a title line above the table, as municipalities make them. */
async function longListXlsx(dir: string): Promise<string> {
  const lines = readFileSync(FIXTURE, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lange lijst');
  ws.addRow([lines[0]]);
  ws.addRow([]);
  const split = (line: string) => [...line.matchAll(/("([^"]*)"|[^;]*)(;|$)/g)].slice(0, -1).map((m) => m[2] ?? m[1] ?? '');
  const header = split(lines[1]!);
  ws.addRow(header);
  for (const line of lines.slice(2)) {
    const cells: (string | number)[] = split(line).map((c) => (/^\d+$/.test(c) ? Number(c) : c));
    if (UNSCORED.includes(String(cells[0]))) cells[5] = cells[6] = '';
    ws.addRow(cells);
  }
  const path = join(dir, 'lange-lijst.xlsx');
  await wb.xlsx.writeFile(path);
  return path;
}

async function dragToCell(app: Page, code: string, likelihood: number, impact: number) {
  const dot = app.locator('.risk-dot', { hasText: new RegExp(`^${code}$`) });
  const cell = app.locator(`[data-cell="${likelihood}:${impact}"]`);
  const from = (await dot.boundingBox())!;
  const to = (await cell.boundingBox())!;
  await app.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await app.mouse.down();
  for (let i = 1; i <= 8; i++) await app.mouse.move(from.x + ((to.x + to.width / 2 - from.x) * i) / 8, from.y + ((to.y + to.height - 8 - from.y) * i) / 8);
  await app.mouse.up();
}

const cellOf = (app: Page, code: string) => app.locator(`[data-cell]`, { has: app.locator('.risk-dot', { hasText: new RegExp(`^${code}$`) }) });

test('import a 40-row list, score five risks by dragging, filter by field, export and read the workbook back', async ({ app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-e2e-register-'));
  try {
    await startNewProject(app);
    await showView(app, 'Risicolijst');
    await expect(app.getByText('Nog geen risico’s. Typ hieronder')).toBeVisible();

    // Import: mapping recognised, preview, all 40 rows in one go.
    await openImportDialog(app);
    const dialog = importDialog(app);
    await dialog.getByLabel('Kies een Excel- of CSV-bestand').setInputFiles(await longListXlsx(dir));
    await expect(dialog.getByTestId('import-summary')).toContainText('40 nieuwe risico’s, 0 bijgewerkt');
    await expect(dialog.getByLabel('Kolom Kans (1-5) wordt')).toHaveValue('score:likelihood');
    await expect(dialog.getByLabel('Kolom Thema wordt')).toHaveValue('theme');
    await expect(dialog.getByText('Geen fouten gevonden.')).toBeVisible();
    await app.screenshot({ path: 'test-results/register-import-dialog.png' });
    await dialog.getByRole('button', { name: '40 rijen inlezen' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.getByTestId('register-counts')).toContainText('40 risico’s');
    await expect(app.getByRole('gridcell', { name: /R07/ }).first()).toBeVisible();
    await expect(registerRows(app)).toHaveCount(40);
    await app.screenshot({ path: 'test-results/register-light.png' });

    // Matrix: five unscored risks wait below the heat map; drag each into its cell.
    await showView(app, 'Risicomatrix');
    await expect(app.getByRole('heading', { name: 'Nog niet gescoord (5)' })).toBeVisible();
    for (const code of UNSCORED) {
      const [l, i] = TARGETS[code]!;
      await dragToCell(app, code, l, i);
      await expect(cellOf(app, code)).toHaveAttribute('data-cell', `${l}:${i}`);
    }
    await expect(app.getByRole('heading', { name: 'Nog niet gescoord (0)' })).toBeVisible();
    // A drag is one undo entry: undo puts R40 back with the unscored risks, redo returns it.
    await app.keyboard.press('Control+z');
    await expect(app.getByRole('heading', { name: 'Nog niet gescoord (1)' })).toBeVisible();
    await app.keyboard.press('Control+Shift+z');
    await expect(cellOf(app, 'R40')).toHaveAttribute('data-cell', '1:5');
    // The keyboard moves a focused dot too: R39 one class up in likelihood.
    await app.locator('.risk-dot', { hasText: /^R39$/ }).focus();
    await app.keyboard.press('ArrowUp');
    await expect(cellOf(app, 'R39')).toHaveAttribute('data-cell', '4:2');
    await expect(app.locator('.risk-dot', { hasText: /^R39$/ })).toBeFocused();
    await app.keyboard.press('ArrowDown');
    await expect(cellOf(app, 'R39')).toHaveAttribute('data-cell', '3:2');
    await app.screenshot({ path: 'test-results/matrix-light.png' });

    // Filter by field: the register and the matrix show only Jeugd en veiligheid.
    await showView(app, 'Risicolijst');
    await app.getByLabel('Veld', { exact: true }).selectOption({ label: 'JV · Jeugd en veiligheid' });
    await expect(app.getByTestId('register-counts')).toContainText('5 van 40 risico’s');
    await expect(registerRows(app)).toHaveCount(5);
    await expect(app.locator('tbody tr td.col-code')).toHaveText(['R14', 'R15', 'R16', 'R17', 'R38']);
    await showView(app, 'Risicomatrix');
    await expect(app.locator('.matrix-grid .risk-dot')).toHaveCount(5);
    await showView(app, 'Risicolijst');
    await app.getByRole('button', { name: 'Filters wissen' }).click();
    await expect(registerRows(app)).toHaveCount(40);

    // Export to Excel (a download in browser mode) and read the workbook back.
    await settled(app);
    const [download] = await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Exporteren naar Excel' }).click()]);
    expect(download.suggestedFilename()).toBe('Risicolijst Nieuw project.xlsx');
    const saved = join(dir, 'export.xlsx');
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const ws = wb.worksheets[0]!;
    expect(ws.actualRowCount).toBe(41);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const rows = new Map<string, ExcelJS.Row>();
    ws.eachRow((row, n) => n > 1 && rows.set(String(row.getCell(1).value), row));
    for (const code of UNSCORED) {
      const [l, i] = TARGETS[code]!;
      expect([rows.get(code)!.getCell(col('Kans')).value, rows.get(code)!.getCell(col('Impact')).value], code).toEqual([l, i]);
      expect(rows.get(code)!.getCell(col('Score')).value).toBe(l * i);
    }
    expect(rows.get('R07')!.getCell(col('Klasse')).value).toBe('Zeer hoog');
    expect(rows.get('R16')!.getCell(col('Thema')).value).toBe('Jeugd, alcohol en drugs');

    // The same views on a projector: large type, high contrast, bands with patterns and labels.
    await chooseTheme(app, 'projector');
    await app.screenshot({ path: 'test-results/register-projector.png' });
    await showView(app, 'Risicomatrix');
    await app.screenshot({ path: 'test-results/matrix-projector.png' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an import with an error shows it per row and reads nothing until it is solved; the import is one undo step', async ({ app }) => {
  await startNewProject(app);
  await showView(app, 'Risicolijst');
  await openImportDialog(app);
  const dialog = importDialog(app);
  const csv = 'Titel;Kans;Impact;Opmerking\r\nWoninginbraak;3;4;\r\nOverlast;9;2;navragen\r\nDrugslabs;hoog;C;\r\n';
  await dialog.getByLabel('Kies een Excel- of CSV-bestand').setInputFiles({ name: 'lijst.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'latin1') });
  await expect(dialog.getByText('1 fout(en).')).toBeVisible();
  await expect(dialog.getByText('Regel 3: “9” in kolom Kans staat niet op de schaal (1, 2, 3, 4, 5).')).toBeVisible();
  await expect(dialog.getByLabel('Kolom Opmerking wordt')).toHaveValue('');
  await expect(dialog.getByRole('button', { name: '3 rijen inlezen' })).toBeDisabled();
  await dialog.getByLabel('Kolom Kans wordt').selectOption('');
  await expect(dialog.getByText('Geen fouten gevonden.')).toBeVisible();
  await dialog.getByRole('button', { name: '3 rijen inlezen' }).click();
  await expect(registerRows(app)).toHaveCount(3);
  await expect(registerRows(app).nth(2).locator('td.col-score').nth(1)).toHaveText('3');
  await app.keyboard.press('Control+z');
  await expect(app.getByText('Nog geen risico’s. Typ hieronder')).toBeVisible();
});

test('a facilitator adds, scores and edits risks with the keyboard and opens a bow-tie from its row', async ({ app }) => {
  await startNewProject(app);
  await showView(app, 'Risicolijst');
  const add = app.getByPlaceholder('Typ de titel en druk op Enter; daarna meteen de volgende');
  for (const title of ['Woninginbraak', 'Jeugdoverlast in het centrum', 'Drugslabs in het buitengebied']) {
    await add.fill(title);
    await add.press('Enter');
  }
  await expect(add).toBeFocused();
  await expect(app.locator('tbody tr td.col-code')).toHaveText(['R01', 'R02', 'R03']);

  // Score R01 by typing class codes in its likelihood and impact cells.
  await registerRows(app).first().locator('td.col-code').click();
  for (let i = 0; i < 5; i++) await app.keyboard.press('ArrowRight');
  await app.keyboard.press('4');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('5');
  const r01 = registerRows(app).first();
  await expect(r01.locator('td.col-num')).toHaveText('20');
  await expect(r01.locator('td.col-band')).toHaveText('Zeer hoog');
  // Undo the impact: one step, the band disappears.
  await app.keyboard.press('Control+z');
  await expect(r01.locator('td.col-num')).toHaveText('');
  await app.keyboard.press('5');
  await expect(r01.locator('td.col-num')).toHaveText('20');

  // Rename R02 in place: Enter edits, Enter commits.
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Home');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('Enter');
  const editor = app.getByRole('textbox', { name: 'R02 · Titel' });
  await expect(editor).toBeFocused();
  await editor.fill('Jeugdoverlast en vernielingen in het centrum');
  await editor.press('Enter');
  await expect(registerRows(app).nth(1).locator('td.col-title')).toHaveText('Jeugdoverlast en vernielingen in het centrum');

  // Put R02 in a theme with the list of choices, then set its advice.
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('Enter');
  const theme = app.getByRole('combobox', { name: 'R02 · Veld / Thema' });
  await theme.selectOption({ label: 'JV-3.1 · Jeugdoverlast en jeugdgroepen' });
  await theme.press('Enter');
  await expect(registerRows(app).nth(1).locator('td.col-theme')).toHaveText('JV · Jeugdoverlast en jeugdgroepen');
  // Enter committed and moved down, as in a spreadsheet: back up to R02, to its advice.
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('End');
  await app.keyboard.press('ArrowLeft');
  await app.keyboard.press('Enter');
  const advice = app.getByRole('combobox', { name: 'R02 · Advies' });
  await advice.selectOption({ label: 'Prioriteit' });
  await advice.press('Enter');
  await expect(app.getByTestId('register-counts')).toContainText('Prioriteit: 1');

  // Ctrl+Enter opens the bow-tie of the row.
  await registerRows(app).nth(2).locator('td.col-code').click();
  await app.keyboard.press('Control+Enter');
  await expect(viewButton(app, 'Vlinderdas')).toHaveAttribute('aria-pressed', 'true');
  await expect(app.getByLabel('Titel', { exact: true })).toHaveValue('Drugslabs in het buitengebied');
});

test('the register, the matrix, the settings and the import dialog pass an accessibility scan', async ({ app }) => {
  await openExampleProject(app);
  for (const view of ['Risicolijst', 'Risicomatrix', 'Instellingen']) {
    await app.getByRole('button', { name: view, exact: true }).click();
    await expect(app.locator('.project-main section').first()).toBeVisible();
    const result = await new AxeBuilder({ page: app }).include('.project-main').analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`), view).toEqual([]);
  }
  await showView(app, 'Risicolijst');
  await openImportDialog(app);
  const dialog = importDialog(app);
  await dialog.getByLabel('Kies een Excel- of CSV-bestand').setInputFiles(FIXTURE);
  await expect(dialog.getByTestId('import-summary')).toBeVisible();
  const result = await new AxeBuilder({ page: app }).include('.import-dialog').analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
});
