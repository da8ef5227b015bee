/**
 * The in-app file chooser of browser mode, as a user drives it: a field for the path, Enter.
 * Every end-to-end test that opens or saves a file goes through these, so a change to the
 * chooser changes one place here.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export const openChooser = (page: Page): Locator => page.getByRole('dialog', { name: 'Project openen' });
export const saveChooser = (page: Page): Locator => page.getByRole('dialog', { name: 'Project opslaan als' });

/** Answers the save chooser (opened by Ctrl+S, Opslaan or Sluiten → Opslaan) with `path`. */
export async function answerSaveAs(page: Page, path: string): Promise<void> {
  const field = saveChooser(page).getByLabel('Opslaan als (pad naar .vlinder-bestand)');
  await expect(field).toBeFocused();
  await field.fill(path);
  await field.press('Enter');
  await expect(saveChooser(page)).toBeHidden();
}

/** Opens `path` from the welcome screen's "Project openen". */
export async function openFromWelcome(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Project openen' }).click();
  const field = openChooser(page).getByLabel('Pad naar een .vlinder-bestand');
  await field.fill(path);
  await field.press('Enter');
}
