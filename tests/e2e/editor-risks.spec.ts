/**
 * The risk list beside the editor: rename, duplicate (the copy keeps its bow-tie, shared
 * concepts stay shared) and delete (after a confirmation, undoable); and path focus on the canvas.
 */
import { expect, test } from './fixtures.ts';
import { addRisk, centralEvent, nodes, riskButton, elementName } from './pages/canvas.ts';
import { startNewProject } from './pages/welcome.ts';

test('rename, duplicate and delete a risk from the sidebar; focus on one path', async ({ app }) => {
  await startNewProject(app);
  await addRisk(app, 'Overlast');
  await expect(centralEvent(app)).toBeFocused();
  await app.keyboard.press('c');
  for (const l of ['Verveling', 'Alcoholgebruik']) {
    await app.keyboard.type(l);
    await app.keyboard.press('Enter');
  }
  await app.keyboard.press('Escape');
  await app.keyboard.press('p');
  await app.keyboard.type('Jongerenwerk op straat');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Escape');

  // Focus on the path of the selected measure: the other cause is dimmed, Escape shows all again.
  await app.keyboard.press('Alt+F');
  await expect(app.locator('.bt-node.is-dimmed')).toHaveCount(1);
  await expect(app.locator('[data-testid="node-cause"].is-dimmed .bt-hit')).toHaveAttribute('aria-label', elementName('Oorzaak: Verveling'));
  await app.keyboard.press('Escape');
  await expect(app.locator('.bt-node.is-dimmed')).toHaveCount(0);

  // Zoom with the keyboard; F fits the whole bow-tie again.
  const zoom = () => app.evaluate(() => Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)?.[1]));
  await app.keyboard.press('f');
  await app.waitForTimeout(400);
  const fitted = await zoom();
  await app.keyboard.press('=');
  await expect.poll(zoom).toBeGreaterThan(fitted * 1.1);
  await app.keyboard.press('-');
  await app.keyboard.press('-');
  await expect.poll(zoom).toBeLessThan(fitted);
  await app.keyboard.press('f');
  await expect.poll(zoom).toBeCloseTo(fitted, 2);

  // Rename.
  await app.getByRole('button', { name: 'Risico hernoemen' }).click();
  await app.getByRole('textbox', { name: 'Risico hernoemen' }).fill('Jeugdoverlast');
  await app.getByRole('textbox', { name: 'Risico hernoemen' }).press('Enter');
  await expect(riskButton(app, /R01 Jeugdoverlast/)).toBeVisible();

  // Duplicate: a second risk with the same bow-tie.
  await app.getByRole('button', { name: 'Risico dupliceren' }).click();
  await expect(riskButton(app, /R02 Jeugdoverlast \(kopie\)/)).toHaveAttribute('aria-current', 'true');
  await expect(nodes(app, 'cause')).toHaveCount(2);
  await expect(nodes(app, 'measure')).toHaveCount(1);

  // Delete (confirmed), then undo.
  app.once('dialog', (d) => void d.accept());
  await app.getByRole('button', { name: 'Risico verwijderen' }).click();
  await expect(riskButton(app, /R02/)).toHaveCount(0);
  await app.locator('body').press('Control+z');
  await expect(riskButton(app, /R02 Jeugdoverlast \(kopie\)/)).toBeVisible();
});
