/**
 * Keyboard routes a workshop room relies on: a new risk is reachable without the mouse (focus
 * lands on the new-risk field after "Nieuw project", and "Nieuw risico" is in the palette), and
 * PageDown/PageUp say so when there is no next or previous risk instead of doing nothing.
 */
import { expect, test } from './fixtures.ts';

test('after "Nieuw project" the keyboard is on the new-risk field; the palette reaches it too', async ({ app }) => {
  await app.getByRole('button', { name: 'Nieuw project' }).focus();
  await app.keyboard.press('Enter');
  const newRisk = app.getByPlaceholder('Nieuw risico…');
  await expect(newRisk).toBeFocused();
  await app.keyboard.type('Woninginbraak');
  await app.keyboard.press('Enter');
  await expect(app.locator('[data-node-key="event"]')).toBeFocused();

  // From the bow-tie, through the palette only.
  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: 'Opdrachtenpalet' });
  await app.keyboard.type('nieuw risico');
  await expect(palette.getByRole('option').first()).toContainText('Nieuw risico');
  await app.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(newRisk).toBeFocused();
  await app.keyboard.type('Fietsendiefstal');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('button', { name: /^R02 Fietsendiefstal/ })).toBeVisible();
  await expect(app.locator('[data-node-key="event"]')).toBeFocused();

  // And by its own key, Alt+N, from the bow-tie.
  await app.keyboard.press('Alt+n');
  await expect(newRisk).toBeFocused();
});

test('PageDown at the last risk and PageUp at the first say where the list ends', async ({ app }) => {
  await app.getByRole('button', { name: 'Nieuw project' }).click();
  const newRisk = app.getByPlaceholder('Nieuw risico…');
  for (const title of ['Eerste', 'Tweede']) {
    await newRisk.focus();
    await app.keyboard.type(title);
    await app.keyboard.press('Enter');
  }
  await expect(app.locator('[data-node-key="event"]')).toBeFocused();
  const notices = app.locator('.notices');
  await app.keyboard.press('PageDown');
  await expect(notices).toContainText('Dit is het laatste gekozen risico.');
  await app.keyboard.press('PageUp');
  await expect(app.getByRole('button', { name: /^R01 Eerste/ })).toHaveAttribute('aria-current', 'true');
  await app.keyboard.press('PageUp');
  await expect(notices).toContainText('Dit is het eerste gekozen risico.');
  await expect(app.getByRole('button', { name: /^R01 Eerste/ })).toHaveAttribute('aria-current', 'true');
});

test('every action of the risk list runs from the palette, by keyboard only', async ({ app }) => {
  await app.getByRole('button', { name: 'Nieuw project' }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByPlaceholder('Nieuw risico…')).toBeFocused();
  await app.keyboard.type('Woninginbraak');
  await app.keyboard.press('Enter');
  await expect(app.locator('[data-node-key="event"]')).toBeFocused();
  const palette = app.getByRole('dialog', { name: 'Opdrachtenpalet' });
  const run = async (words: string, label: string) => {
    await app.keyboard.press('Control+k');
    await expect(palette).toBeVisible();
    await app.keyboard.type(words);
    await expect(palette.getByRole('option').first()).toContainText(label);
    await app.keyboard.press('Enter');
    await expect(palette).toBeHidden();
  };

  await run('risico dupliceren', 'Risico dupliceren');
  await expect(app.getByRole('button', { name: /^R02 Woninginbraak \(kopie\)/ })).toBeVisible();

  await run('risico hernoemen', 'Risico hernoemen');
  const title = app.getByRole('textbox', { name: 'Titel' });
  await expect(title).toBeFocused();
  await app.keyboard.press('Control+a');
  await app.keyboard.type('Fietsendiefstal');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('button', { name: /^R02 Fietsendiefstal/ })).toBeVisible();

  app.once('dialog', (d) => void d.accept());
  await run('risico verwijderen', 'Risico verwijderen');
  await expect(app.getByRole('button', { name: /^R02 / })).toHaveCount(0);
  await expect(app.getByRole('button', { name: /^R01 Woninginbraak/ })).toBeVisible();

  await run('risicolijst tonen', 'Risicolijst tonen of verbergen');
  await expect(app.getByPlaceholder('Nieuw risico…')).toBeHidden();
  await run('risicolijst tonen', 'Risicolijst tonen of verbergen');
  await expect(app.getByPlaceholder('Nieuw risico…')).toBeVisible();

  await run('nieuw risico', 'Nieuw risico');
  await expect(app.getByPlaceholder('Nieuw risico…')).toBeFocused();
});
