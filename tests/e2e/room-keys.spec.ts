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
