/**
 * Escape never commits: in the inspector and in every in-place editor, typing and then pressing
 * Escape leaves the value as it was before the edit — on screen, after leaving the field, and in
 * the working copy (a reload shows the same).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openExampleProject } from './pages/welcome.ts';
import { inspector, settled, showView } from './pages/workspace.ts';
import { inlineEditor, riskButton } from './pages/canvas.ts';
import { registerRows } from './pages/register.ts';

async function example(page: Page) {
  await openExampleProject(page);
  await riskButton(page, /^R02 Jeugdoverlast/).click();
}

const measure = (page: Page) => page.locator('[data-testid="node-measure"] [data-node-key]').first();

test('inspector: typing XYZ in a measure’s name and pressing Escape keeps the old name', async ({ app }) => {
  await example(app);
  await measure(app).click();
  const name = inspector(app).getByLabel('Naam', { exact: true });
  const before = await name.inputValue();
  expect(before).not.toBe('');
  await name.click();
  await app.keyboard.press('Control+a');
  await app.keyboard.type('XYZ');
  await app.keyboard.press('Escape');
  // Escape hands the keyboard back to the bow-tie; the name is what it was.
  await expect(name).not.toBeFocused();
  await expect(name).toHaveValue(before);
  await expect(measure(app)).toHaveAttribute('aria-label', new RegExp(`^Maatregel: ${escapeRe(before)}`));

  // Also a field whose value is a year, and the multi-line description.
  const year = inspector(app).getByLabel('Gepland jaar');
  const yearBefore = await year.inputValue();
  await year.fill('2031');
  await year.press('Escape');
  await expect(year).toHaveValue(yearBefore);
  const description = inspector(app).getByLabel('Omschrijving');
  const descriptionBefore = await description.inputValue();
  await description.fill('XYZ');
  await description.press('Escape');
  await expect(description).toHaveValue(descriptionBefore);
  await app.keyboard.press('Tab'); // leaving the field after Escape stores nothing either

  await settled(app);
  await app.reload();
  await measure(app).click();
  await expect(inspector(app).getByLabel('Naam', { exact: true })).toHaveValue(before);
  await expect(inspector(app).getByLabel('Gepland jaar')).toHaveValue(yearBefore);
  await expect(inspector(app).getByLabel('Omschrijving')).toHaveValue(descriptionBefore);
});

test('canvas: F2, typing XYZ and Escape keeps the node’s name', async ({ app }) => {
  await example(app);
  await measure(app).click();
  const label = await measure(app).getAttribute('aria-label');
  await app.keyboard.press('F2');
  await expect(inlineEditor(app)).toBeFocused();
  await app.keyboard.type('XYZ');
  await app.keyboard.press('Escape');
  await expect(inlineEditor(app)).toHaveCount(0);
  await expect(measure(app)).toHaveAttribute('aria-label', label!);
  await settled(app);
  await app.reload();
  await expect(measure(app)).toHaveAttribute('aria-label', label!);
});

test('the risk’s title field: typing XYZ, Escape and leaving the field keeps the title', async ({ app }) => {
  await example(app);
  const title = app.getByRole('textbox', { name: 'Titel', exact: true });
  const before = await title.inputValue();
  await title.fill('XYZ');
  await title.press('Escape');
  await expect(title).toHaveValue(before);
  await title.press('Tab');
  await expect(riskButton(app, new RegExp(`^R02 ${escapeRe(before)}`))).toBeVisible();
  await settled(app);
  await app.reload();
  await expect(app.getByRole('textbox', { name: 'Titel', exact: true })).toHaveValue(before);
});

test('register: editing a cell, typing XYZ and Escape keeps the cell', async ({ app }) => {
  await example(app);
  await showView(app, 'Risicolijst');
  const cell = registerRows(app).first().locator('td.col-title');
  const before = (await cell.textContent()) ?? '';
  await cell.click();
  await app.keyboard.press('Enter');
  const editor = app.locator('input.cell-editor');
  await expect(editor).toBeFocused();
  await editor.fill('XYZ');
  await editor.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(cell).toHaveText(before);
  await settled(app);
  await app.reload();
  await expect(registerRows(app).first().locator('td.col-title')).toHaveText(before);
});

test('settings: renaming a partner, typing XYZ, Escape and leaving the field keeps the name', async ({ app }) => {
  await example(app);
  await showView(app, 'Instellingen');
  await app.getByRole('button', { name: 'Partners', exact: true }).click();
  const name = app.getByRole('textbox', { name: 'Naam', exact: true }).first();
  const before = await name.inputValue();
  expect(before).not.toBe('');
  await name.fill('XYZ');
  await name.press('Escape');
  await expect(name).toHaveValue(before);
  await name.press('Tab');
  await settled(app);
  await app.reload();
  await app.getByRole('button', { name: 'Partners', exact: true }).click();
  await expect(app.getByRole('textbox', { name: 'Naam', exact: true }).first()).toHaveValue(before);
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
