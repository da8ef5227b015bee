import { test, expect } from './fixtures.ts';
import { addRisk, centralEventField, newRiskField, riskButton } from './pages/canvas.ts';
import { startNewProject, welcomeHeading } from './pages/welcome.ts';
import { chooseLanguage, settled } from './pages/workspace.ts';

test('create a project, add a risk, type its central event, reload: it is still there', async ({ app }) => {
  await expect(welcomeHeading(app)).toBeVisible();
  await startNewProject(app);

  await addRisk(app, 'Drugslabs in leegstaande agrarische gebouwen');
  await expect(riskButton(app, /R01 Drugslabs/)).toBeVisible();

  const event = centralEventField(app);
  await event.fill('Drugslab in gebruik in het buitengebied');
  await event.press('Enter');
  await settled(app);

  await app.reload();
  await expect(riskButton(app, /R01 Drugslabs/)).toBeVisible();
  await expect(centralEventField(app)).toHaveValue('Drugslab in gebruik in het buitengebied');
  await app.screenshot({ path: 'test-results/thin-slice.png' });
});

test('the UI switches to English and back', async ({ app }) => {
  await chooseLanguage(app, 'en');
  await expect(app.getByRole('heading', { name: 'Welcome to Vlinder' })).toBeVisible();
  await app.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  await expect(welcomeHeading(app)).toBeVisible();
});

test('the command palette works before any project is open: Ctrl+K, type, Enter', async ({ app }) => {
  await expect(welcomeHeading(app)).toBeVisible();
  await app.keyboard.press('Control+K');
  const palette = app.getByRole('dialog');
  await expect(palette).toBeVisible();
  await app.keyboard.type('Nieuw project');
  await app.keyboard.press('Enter');
  await expect(newRiskField(app)).toBeVisible();
});
