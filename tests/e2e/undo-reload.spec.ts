/**
 * Undo is part of never losing work (DESIGN §5): the history survives a reload of the view, and a
 * change the working copy refuses costs only its own undo step, not the whole history.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { addRisk, centralEvent, centralEventField, inlineEditor, riskButton } from './pages/canvas.ts';
import { startNewProject } from './pages/welcome.ts';
import { settled } from './pages/workspace.ts';

/** Adds a risk and waits until the list shows it. */
async function addListedRisk(page: Page, title: string) {
  await addRisk(page, title);
  await expect(riskButton(page, new RegExp(`^R\\d+ ${title}$`))).toBeVisible();
}

test('after a reload of the page, Ctrl+Z still undoes the edits made before it, and Ctrl+Shift+Z redoes them', async ({ app }) => {
  await startNewProject(app);
  await addListedRisk(app, 'Overlast door jongeren');
  const hazard = app.getByRole('textbox', { name: 'Gevaar', exact: true });
  await hazard.fill('Alcoholgebruik op straat');
  await hazard.press('Enter');
  const event = centralEventField(app);
  await event.fill('Vechtpartij op het plein');
  await event.press('Enter');
  await settled(app);

  await app.reload();
  await expect(centralEventField(app)).toHaveValue('Vechtpartij op het plein');
  await app.keyboard.press('Control+z');
  await expect(centralEventField(app)).toHaveValue('');
  await expect(app.getByRole('textbox', { name: 'Gevaar', exact: true })).toHaveValue('Alcoholgebruik op straat');
  await app.keyboard.press('Control+z');
  await expect(app.getByRole('textbox', { name: 'Gevaar', exact: true })).toHaveValue('');
  await app.keyboard.press('Control+Shift+z');
  await expect(app.getByRole('textbox', { name: 'Gevaar', exact: true })).toHaveValue('Alcoholgebruik op straat');

  // And the undo reached the working copy: another reload shows the same.
  await settled(app);
  await app.reload();
  await expect(app.getByRole('textbox', { name: 'Gevaar', exact: true })).toHaveValue('Alcoholgebruik op straat');
  await expect(centralEventField(app)).toHaveValue('');
});

test('a change the working copy refuses is reported and drops only its own undo step', async ({ app, context, host }) => {
  // Window A makes two risks.
  await startNewProject(app);
  await addListedRisk(app, 'Overlast door jongeren');
  await addListedRisk(app, 'Woninginbraken');
  await settled(app);

  // Window B works on the same project.
  const b = await context.newPage();
  await b.goto(host.url);
  await b.getByRole('button', { name: 'Herstellen' }).click();
  await riskButton(b, /^R02 Woninginbraken$/).click();
  const title = b.getByRole('textbox', { name: 'Titel', exact: true });
  await title.fill('Woninginbraken in de wijk');
  await title.press('Enter');
  await settled(b);

  // Window A deletes R01, which window B still shows.
  await riskButton(app, /^R01 Overlast door jongeren$/).click();
  app.once('dialog', (d) => void d.accept());
  await app.getByRole('button', { name: 'Risico verwijderen' }).click();
  await expect(riskButton(app, /^R01 /)).toBeHidden();
  await settled(app);

  // In window B a cause is added to R01: the working copy refuses it, B says so and shows the truth.
  await riskButton(b, /^R01 Overlast door jongeren$/).click();
  await centralEvent(b).click();
  await b.keyboard.press('c');
  await expect(inlineEditor(b)).toBeFocused();
  await b.keyboard.type('Verveling');
  await b.keyboard.press('Enter');
  await expect(b.getByRole('alert')).toContainText('De wijziging kon niet worden opgeslagen');
  await expect(riskButton(b, /^R01 /)).toBeHidden();

  // B's earlier edit is still one Ctrl+Z away.
  await b.locator('body').click({ position: { x: 5, y: 400 } });
  await b.keyboard.press('Control+z');
  await expect(riskButton(b, /^R02 Woninginbraken$/)).toBeVisible();
  await settled(b);
  await app.reload();
  await expect(riskButton(app, /^R02 Woninginbraken$/)).toBeVisible();
});
