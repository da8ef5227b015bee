/**
 * The register view (Risicolijst): its table rows and the dialog that reads a list of risks in.
 */
import type { Locator, Page } from '@playwright/test';

/** The register's rows, one per risk, in the order shown. */
export const registerRows = (page: Page): Locator => page.locator('tbody tr');

export const importDialog = (page: Page): Locator => page.getByRole('dialog', { name: 'Lijst met risico’s inlezen' });

/** Opens the import dialog with the register's "Lijst inlezen…". */
export async function openImportDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lijst inlezen…' }).click();
}
