/**
 * The welcome screen, as a user meets it before any project is open: its heading and the two ways
 * to begin (an empty project or the example project). Opening a file is in fileChooser.ts.
 */
import type { Locator, Page } from '@playwright/test';

export const welcomeHeading = (page: Page): Locator => page.getByRole('heading', { name: 'Welkom bij Vlinder' });
export const newProjectButton = (page: Page): Locator => page.getByRole('button', { name: 'Nieuw project' });
export const exampleProjectButton = (page: Page): Locator => page.getByRole('button', { name: 'Voorbeeldproject' });

/** Starts an empty project from the welcome screen. */
export async function startNewProject(page: Page): Promise<void> {
  await newProjectButton(page).click();
}

/** Opens the example project from the welcome screen. */
export async function openExampleProject(page: Page): Promise<void> {
  await exampleProjectButton(page).click();
}
