/**
 * Work is never lost, as a user meets it in browser mode: closing a project with unsaved changes
 * asks Opslaan / Niet opslaan / Annuleren like Word, only "Niet opslaan" (asked twice) deletes the
 * work, closing the tab asks the browser's question and keeps the work recoverable, and the status
 * line says "Opgeslagen" only when the work is in a .vlinder file.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { answerSaveAs, openFromWelcome } from './pages/fileChooser.ts';
import { addRisk, riskButton } from './pages/canvas.ts';
import { openExampleProject, startNewProject, welcomeHeading } from './pages/welcome.ts';
import { chooseLanguage, closeProject, closeProjectButton, saveState } from './pages/workspace.ts';

const closeDialog = (page: Page) => page.getByRole('alertdialog', { name: 'Wijzigingen opslaan?' });
const discardDialog = (page: Page) => page.getByRole('alertdialog', { name: 'Wijzigingen weggooien?' });
const recovery = (page: Page) => page.getByRole('heading', { name: 'Niet-opgeslagen werk gevonden' });

/** A new project with one risk, stored in the working copy but not in any file. */
async function projectWithRisk(page: Page, title: string) {
  await startNewProject(page);
  await addRisk(page, title);
  await expect(riskButton(page, new RegExp(`R01 ${title}`))).toBeVisible();
  await expect(saveState(page)).toHaveText('Nog niet als bestand opgeslagen');
}

test('Sluiten with unsaved work asks like Word; Escape and Annuleren keep the project open; Opslaan saves, then closes', async ({ app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-close-'));
  const file = join(dir, 'wijkscan.vlinder');
  try {
    await projectWithRisk(app, 'Woninginbraken in de wijk');
    await closeProject(app);

    const dialog = closeDialog(app);
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('“Nieuw project” is nog niet als bestand opgeslagen. Wilt u het opslaan?');
    await expect(dialog.getByRole('button')).toHaveText(['Opslaan', 'Niet opslaan', 'Annuleren']);
    await app.screenshot({ path: '/tmp/lose-close-dialog.png' });

    // Keyboard: focus starts on Opslaan and stays inside the question.
    await expect(dialog.getByRole('button', { name: 'Opslaan', exact: true })).toBeFocused();
    await app.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Niet opslaan' })).toBeFocused();
    await app.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
    await app.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Opslaan', exact: true })).toBeFocused();
    await app.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();

    // Escape = Annuleren: the project stays open, with its work.
    await app.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(riskButton(app, /R01 Woninginbraken in de wijk/)).toBeVisible();
    await expect(closeProjectButton(app)).toBeFocused();

    await closeProject(app);
    await closeDialog(app).getByRole('button', { name: 'Annuleren' }).click();
    await expect(closeDialog(app)).toBeHidden();
    await expect(riskButton(app, /R01 Woninginbraken in de wijk/)).toBeVisible();

    // Opslaan: browser mode asks for the path, saves, and then closes.
    await closeProject(app);
    await app.keyboard.press('Enter');
    await answerSaveAs(app, file);
    await expect(welcomeHeading(app)).toBeVisible();
    expect(existsSync(file)).toBe(true);
    await expect(recovery(app)).toBeHidden(); // saved: nothing left to recover

    await openFromWelcome(app, file);
    await expect(riskButton(app, /R01 Woninginbraken in de wijk/)).toBeVisible();
    await expect(saveState(app)).toHaveText('Opgeslagen');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Niet opslaan asks once more; only Weggooien deletes the work, Terug keeps the project open', async ({ app, host }) => {
  await projectWithRisk(app, 'Overlast rond het station');
  await closeProject(app);
  await closeDialog(app).getByRole('button', { name: 'Niet opslaan' }).click();
  const second = discardDialog(app);
  await expect(second).toContainText('De niet-opgeslagen wijzigingen in “Nieuw project” worden definitief verwijderd.');
  await expect(second.getByRole('button', { name: 'Terug' })).toBeFocused(); // the safe answer comes first
  await app.keyboard.press('Enter');
  await expect(second).toBeHidden();
  await expect(riskButton(app, /R01 Overlast rond het station/)).toBeVisible();

  await closeProject(app);
  await closeDialog(app).getByRole('button', { name: 'Niet opslaan' }).click();
  await discardDialog(app).getByRole('button', { name: 'Weggooien' }).click();
  await expect(welcomeHeading(app)).toBeVisible();
  await expect(recovery(app)).toBeHidden();
  // Nothing of it is left in the data folder either.
  await app.reload();
  await expect(welcomeHeading(app)).toBeVisible();
  await expect(recovery(app)).toBeHidden();
  expect(readdirSync(host.dataDir, { recursive: true }).filter((f) => String(f).endsWith('.sqlite'))).toEqual([]);
});

test('a project without changes closes without a question', async ({ app }) => {
  await startNewProject(app);
  await expect(saveState(app)).toHaveText('Nog niet als bestand opgeslagen');
  await closeProject(app);
  await expect(welcomeHeading(app)).toBeVisible();
  await expect(recovery(app)).toBeHidden();
});

test('the close question is in English when the UI is', async ({ app }) => {
  await chooseLanguage(app, 'en');
  await app.getByRole('button', { name: 'New project' }).click();
  const newRisk = app.getByPlaceholder('New risk…');
  await newRisk.fill('Burglaries');
  await newRisk.press('Enter');
  await expect(saveState(app)).toHaveText('Not saved as a file yet');
  await app.getByRole('button', { name: 'Close', exact: true }).click();
  const dialog = app.getByRole('alertdialog', { name: 'Save changes?' });
  await expect(dialog).toContainText('“New project” has not been saved as a file yet. Do you want to save it?');
  await expect(dialog.getByRole('button')).toHaveText(['Save', 'Don’t save', 'Cancel']);
  await dialog.getByRole('button', { name: 'Don’t save' }).click();
  await expect(app.getByRole('alertdialog', { name: 'Discard changes?' }).getByRole('button')).toHaveText(['Discard', 'Back']);
  await app.keyboard.press('Escape');
  await expect(riskButton(app, /R01 Burglaries/)).toBeVisible();
});

test('New project while there is unsaved work asks first; Annuleren keeps the open project', async ({ app }) => {
  await projectWithRisk(app, 'Drugslabs in het buitengebied');
  await app.keyboard.press('Control+n');
  await expect(closeDialog(app)).toBeVisible();
  await closeDialog(app).getByRole('button', { name: 'Annuleren' }).click();
  await expect(riskButton(app, /R01 Drugslabs in het buitengebied/)).toBeVisible();
});

test('closing the tab with unsaved work asks the browser’s question, and the work is offered again', async ({ app, context, host }) => {
  await projectWithRisk(app, 'Jeugdoverlast in het centrum');
  const asked = new Promise<string>((resolve) => app.once('dialog', (d) => (resolve(d.type()), void d.accept())));
  await app.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');

  const again = await context.newPage();
  await again.goto(host.url);
  await expect(recovery(again)).toBeVisible();
  await again.getByRole('button', { name: 'Herstellen' }).click();
  await expect(riskButton(again, /R01 Jeugdoverlast in het centrum/)).toBeVisible();
});

test('the status line says Opgeslagen only when the work is in a .vlinder file', async ({ app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-state-'));
  try {
    await openExampleProject(app);
    await expect(saveState(app)).toHaveText('Nog niet als bestand opgeslagen');
    await expect(saveState(app)).toHaveAttribute('title', /Kies Opslaan om er een \.vlinder-bestand van te maken/);
    await app.screenshot({ path: '/tmp/lose-status-not-in-file.png' });

    await app.keyboard.press('Control+s');
    await answerSaveAs(app, join(dir, 'voorbeeld.vlinder'));
    await expect(saveState(app)).toHaveText('Opgeslagen');

    await addRisk(app, 'Nog een risico');
    await expect(saveState(app)).toHaveText('Niet opgeslagen wijzigingen');
    await app.screenshot({ path: '/tmp/lose-status-unsaved.png' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('discarding recovered work on the welcome screen asks once more', async ({ app, context, host }) => {
  await projectWithRisk(app, 'Ondermijning in het buitengebied');
  app.once('dialog', (d) => void d.accept());
  await app.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto(host.url);
  await expect(recovery(again)).toBeVisible();
  await again.getByRole('button', { name: 'Weggooien' }).click();
  await discardDialog(again).getByRole('button', { name: 'Terug' }).click();
  await expect(recovery(again)).toBeVisible();
  await again.getByRole('button', { name: 'Weggooien' }).click();
  await discardDialog(again).getByRole('button', { name: 'Weggooien' }).click();
  await expect(recovery(again)).toBeHidden();
  await again.reload();
  await expect(welcomeHeading(again)).toBeVisible();
  await expect(recovery(again)).toBeHidden();
});
