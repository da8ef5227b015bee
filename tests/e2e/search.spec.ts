/**
 * Search finds more than risk codes and titles: in the example project, typing (part of) a
 * measure's label in the command palette — without its accents — lands on that measure in its
 * bow-tie; a partner's name opens the register on the risks it works in; the register's own
 * search box keeps the risks whose bow-tie holds what was typed.
 */
import { test, expect } from './fixtures.ts';
import { openExampleProject } from './pages/welcome.ts';
import { commandPalette, showView, viewButton } from './pages/workspace.ts';
import { registerRows } from './pages/register.ts';

const MEASURE = 'Keukentafelgesprekken met agrariërs over criminele benaderingen';

test('typing a measure in the palette lands on it in its bow-tie', async ({ app }) => {
  const errors: string[] = [];
  app.on('pageerror', (e) => errors.push(String(e)));
  await openExampleProject(app);
  await showView(app, 'Risicolijst');

  await app.keyboard.press('Control+k');
  const palette = commandPalette(app);
  await expect(palette).toBeVisible();
  await app.keyboard.type('keukentafel agrariers');
  const hit = palette.getByRole('option', { name: new RegExp(MEASURE) });
  await expect(hit).toBeVisible();
  await expect(hit).toContainText('Ga naar · Maatregel');
  // The commands come first; walk down to the hit and choose it.
  const options = await palette.getByRole('option').allTextContents();
  const at = options.findIndex((o) => o.includes(MEASURE));
  for (let i = 0; i < at; i++) await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');

  await expect(palette).toBeHidden();
  await expect(viewButton(app, 'Vlinderdas')).toHaveAttribute('aria-pressed', 'true');
  const focused = app.locator('[data-node-key^="measure:"]:focus');
  await expect(focused).toHaveCount(1);
  await expect(focused).toHaveAttribute('aria-label', /^Maatregel: Keukentafelgesprekken/);
  await expect(app.getByLabel('Naam', { exact: true })).toHaveValue(MEASURE);
  expect(errors).toEqual([]);
});

test('a partner found in the palette opens the register on its risks; the register search reads the bow-ties', async ({ app }) => {
  await openExampleProject(app);
  await showView(app, 'Risicolijst');
  const rows = registerRows(app);
  const all = await rows.count();

  await app.getByLabel('Zoeken', { exact: true }).fill('keukentafelgesprekken');
  await expect(rows).toHaveCount(1);
  await app.getByLabel('Zoeken', { exact: true }).fill('');
  await expect(rows).toHaveCount(all);

  await app.keyboard.press('Control+k');
  const palette = commandPalette(app);
  await app.keyboard.type('veilig thuis');
  const hit = palette.getByRole('option', { name: /Veilig Thuis.*Ga naar · Partner/ });
  await expect(hit).toBeVisible();
  await hit.click();
  await expect(palette).toBeHidden();
  await expect(viewButton(app, 'Risicolijst')).toHaveAttribute('aria-pressed', 'true');
  await expect(app.getByLabel('Zoeken', { exact: true })).toHaveValue('Veilig Thuis');
  // Veilig Thuis owns measures only in Huiselijk geweld; another risk names it in its own texts.
  await expect(rows.filter({ hasText: 'Huiselijk geweld' })).toHaveCount(1);
  expect(await rows.count()).toBeLessThan(all);
});
