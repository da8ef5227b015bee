import { test, expect } from './fixtures.ts';

test('create a project, add a risk, type its central event, reload: it is still there', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'Welkom bij Vlinder' })).toBeVisible();
  await app.getByRole('button', { name: 'Nieuw project' }).click();

  const newRisk = app.getByPlaceholder('Nieuw risico…');
  await newRisk.fill('Drugslabs in leegstaande agrarische gebouwen');
  await newRisk.press('Enter');
  await expect(app.getByRole('button', { name: /R01 Drugslabs/ })).toBeVisible();

  const event = app.getByRole('textbox', { name: 'Centrale gebeurtenis' });
  await event.fill('Drugslab in gebruik in het buitengebied');
  await event.press('Enter');
  await expect(app.getByTestId('save-state')).not.toHaveText(/bewaard…/);

  await app.reload();
  await expect(app.getByRole('button', { name: /R01 Drugslabs/ })).toBeVisible();
  await expect(app.getByRole('textbox', { name: 'Centrale gebeurtenis' })).toHaveValue('Drugslab in gebruik in het buitengebied');
  await app.screenshot({ path: 'test-results/thin-slice.png' });
});

test('the UI switches to English and back', async ({ app }) => {
  await app.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await expect(app.getByRole('heading', { name: 'Welcome to Vlinder' })).toBeVisible();
  await app.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  await expect(app.getByRole('heading', { name: 'Welkom bij Vlinder' })).toBeVisible();
});

test('the command palette works before any project is open: Ctrl+K, type, Enter', async ({ app }) => {
  await expect(app.getByRole('heading', { name: 'Welkom bij Vlinder' })).toBeVisible();
  await app.keyboard.press('Control+K');
  const palette = app.getByRole('dialog');
  await expect(palette).toBeVisible();
  await app.keyboard.type('Nieuw project');
  await app.keyboard.press('Enter');
  await expect(app.getByPlaceholder('Nieuw risico…')).toBeVisible();
});
