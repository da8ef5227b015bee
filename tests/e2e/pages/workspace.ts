/**
 * The parts of the open project that every view shares: the view switcher, the save-state line,
 * the inspector, the command palette and the export dialog.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The views the toolbar switches between, by their button label. */
export type ViewName = 'Vlinderdas' | 'Risicolijst' | 'Risicomatrix' | 'Verbanden' | 'Cijfers' | 'Instellingen';

export const viewButton = (page: Page, view: ViewName): Locator => page.getByRole('button', { name: view, exact: true });

/** Switches to `view` with its toolbar button. */
export async function showView(page: Page, view: ViewName): Promise<void> {
  await viewButton(page, view).click();
}

/** The status line that says whether the work is stored ("Opgeslagen", "Niet opgeslagen wijzigingen", …). */
export const saveState = (page: Page): Locator => page.getByTestId('save-state');

/** Waits until the working copy has stored the last change (the status line no longer says "…bewaard…"). */
export async function settled(page: Page): Promise<void> {
  await expect(saveState(page)).not.toHaveText(/bewaard…/);
}

export const inspector = (page: Page): Locator => page.locator('#inspector');
export const commandPalette = (page: Page): Locator => page.getByRole('dialog', { name: 'Opdrachtenpalet' });
export const exportDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Exporteren' });

export const closeProjectButton = (page: Page): Locator => page.getByRole('button', { name: 'Sluiten' });

/** Closes the open project with the toolbar's Sluiten (unsaved work makes it ask first). */
export async function closeProject(page: Page): Promise<void> {
  await closeProjectButton(page).click();
}

/** Opens the export dialog with the toolbar's "Exporteren…". */
export async function openExportDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Exporteren…' }).click();
}

/** Picks a theme ('light', 'dark', 'projector', …) in the top bar. */
export async function chooseTheme(page: Page, theme: string): Promise<void> {
  await page.getByRole('banner').getByRole('combobox', { name: 'Thema' }).selectOption(theme);
}

/** Switches the interface language from Dutch ('en' for English) with the Taal picker. */
export async function chooseLanguage(page: Page, language: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Taal' }).selectOption(language);
}
