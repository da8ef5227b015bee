/**
 * Browser mode's own file chooser: Save / Open with a folder list, a default folder, recent
 * files, the .vlinder extension added, and a message of its own for a folder that is not there.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { openChooser, saveChooser } from './pages/fileChooser.ts';
import { addRisk, riskButton } from './pages/canvas.ts';
import { openExampleProject, startNewProject } from './pages/welcome.ts';
import { closeProject, exportDialog, openExportDialog, saveState } from './pages/workspace.ts';

test('save and open through the chooser by keyboard, with the extension added and a missing folder refused', async ({ app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-chooser-'));
  try {
    mkdirSync(join(dir, 'Werksessies'));
    await startNewProject(app);
    await addRisk(app, 'Woninginbraken');

    await app.keyboard.press('Control+S');
    const save = saveChooser(app);
    const field = save.getByLabel('Opslaan als (pad naar .vlinder-bestand)');
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('Nieuw project.vlinder');

    // A folder that is not there: its own message, the chooser stays, nothing is written.
    await field.fill(join(dir, 'bestaat-niet', 'plan'));
    await field.press('Enter');
    await expect(save.getByRole('alert')).toHaveText(`De map ${join(dir, 'bestaat-niet')} bestaat niet. Kies een bestaande map.`);
    await expect(save).toBeVisible();

    // Typing a folder goes there and keeps the proposed name; a name without .vlinder gets it.
    await field.fill(dir);
    await field.press('Enter');
    await expect(save.locator('.file-chooser-folder')).toHaveText(dir);
    await expect(save.getByRole('option')).toHaveText([/Werksessies/]);
    await field.fill('plan');
    await field.press('Enter');
    await expect(save).toBeHidden();
    await expect(saveState(app)).toHaveText('Opgeslagen');
    expect(readdirSync(dir).sort()).toEqual(['Werksessies', 'plan.vlinder']);

    // Save As onto the same name asks before it replaces; "Terug" keeps the chooser open.
    await app.keyboard.press('Control+Shift+S');
    await expect(save.locator('.file-chooser-folder')).toHaveText(dir);
    await field.fill('plan');
    await field.press('Enter');
    const replace = app.getByRole('alertdialog', { name: 'Bestand vervangen?' });
    await expect(replace).toContainText('plan.vlinder');
    await replace.getByRole('button', { name: 'Terug' }).click();
    await expect(save).toBeVisible();
    await app.keyboard.press('Escape');
    await expect(save).toBeHidden();

    // Open: the folder list by keyboard (ArrowDown into the list, Enter on the file).
    await closeProject(app);
    await app.getByRole('button', { name: 'Project openen' }).click();
    const open = openChooser(app);
    const path = open.getByLabel('Pad naar een .vlinder-bestand');
    await path.fill(dir);
    await path.press('Enter');
    await expect(open.getByRole('option')).toHaveText([/Werksessies/, /plan\.vlinder/]);
    await path.press('ArrowDown');
    await app.keyboard.press('ArrowDown');
    await expect(open.getByRole('option', { name: /plan\.vlinder/ })).toHaveAttribute('aria-selected', 'true');
    await app.keyboard.press('Enter');
    await expect(open).toBeHidden();
    await expect(riskButton(app, /R01 Woninginbraken/)).toBeVisible();

    // The welcome screen lists it as recent, and a click opens it.
    await closeProject(app);
    const recent = app.getByRole('region', { name: 'Recent geopend' });
    await expect(recent.getByRole('button', { name: 'Nieuw project' })).toBeVisible();
    await app.screenshot({ path: '/tmp/chooser-welcome-recent.png' });
    await recent.getByRole('button', { name: 'Nieuw project' }).click();
    await expect(riskButton(app, /R01 Woninginbraken/)).toBeVisible();
    expect(existsSync(join(dir, 'plan.vlinder'))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the export folder can be chosen in browser mode too', async ({ app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-chooser-export-'));
  try {
    await openExampleProject(app);
    await openExportDialog(app);
    const dialog = exportDialog(app);
    await dialog.getByRole('button', { name: 'Bladeren…' }).click();
    const chooser = app.getByRole('dialog', { name: 'Map kiezen' });
    const field = chooser.getByLabel('Map (pad of naam van een submap)');
    await field.fill(dir);
    await field.press('Enter');
    await expect(chooser.locator('.file-chooser-folder')).toHaveText(dir);
    await app.screenshot({ path: '/tmp/chooser-folder.png' });
    await chooser.getByRole('button', { name: 'Deze map kiezen' }).click();
    await expect(chooser).toBeHidden();
    await expect(dialog.getByRole('textbox', { name: 'Map' })).toHaveValue(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
