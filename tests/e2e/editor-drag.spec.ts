/**
 * The mouse side of the editor: a drag within the structure reorders (one undo entry), a small
 * drag is a nudge stored as a layout override (one undo entry, however many mouse moves),
 * "reset layout" puts everything back; the inspector picks or creates an owner, who then shows
 * on the measure.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { addRisk, centralEvent, nodes } from './pages/canvas.ts';
import { startNewProject } from './pages/welcome.ts';

async function buildSmallBowtie(page: Page) {
  await startNewProject(page);
  await addRisk(page, 'Woninginbraak');
  await expect(centralEvent(page)).toBeFocused();
  await page.keyboard.press('c');
  for (const l of ['Eerste oorzaak', 'Tweede oorzaak', 'Derde oorzaak']) {
    await page.keyboard.type(l);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Escape');
  await page.keyboard.press('p');
  for (const l of ['Maatregel A', 'Maatregel B']) {
    await page.keyboard.type(l);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Escape');
}

/** Labels of the causes from top to bottom, as drawn. */
async function causeOrder(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="node-cause"]')]
      .map((n) => ({ y: n.getBoundingClientRect().top, label: n.querySelector('.bt-hit')!.getAttribute('aria-label')! }))
      .sort((a, b) => a.y - b.y)
      .map((c) => c.label.replace(/^Oorzaak: /, '').replace(/, op het pad .*$/, '')),
  );
}

/** Waits until the view has stopped moving (fits are animated). */
async function viewAtRest(page: Page) {
  const transform = () => page.evaluate(() => (document.querySelector('.react-flow__viewport') as HTMLElement).style.transform);
  let last = '';
  await expect
    .poll(async () => {
      const now = await transform();
      const still = now === last;
      last = now;
      return still;
    }, { intervals: [150] })
    .toBe(true);
}

async function drag(page: Page, selector: string, dx: number, dy: number) {
  await viewAtRest(page);
  const box = (await page.locator(selector).boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x + (dx * i) / 8, y + (dy * i) / 8);
  await page.mouse.up();
}

test('dragging reorders within the structure or nudges, each as one undo entry; reset layout', async ({ app }) => {
  await buildSmallBowtie(app);
  expect(await causeOrder(app)).toEqual(['Eerste oorzaak', 'Tweede oorzaak', 'Derde oorzaak']);

  // Drag the first cause below the third: a reorder.
  await viewAtRest(app);
  const first = nodes(app, 'cause').filter({ has: app.locator('[aria-label^="Oorzaak: Eerste oorzaak,"]') });
  const third = (await nodes(app, 'cause').filter({ has: app.locator('[aria-label^="Oorzaak: Derde oorzaak,"]') }).boundingBox())!;
  const from = (await first.boundingBox())!;
  await drag(app, '[data-testid="node-cause"]:has([aria-label^="Oorzaak: Eerste oorzaak,"])', 0, third.y + third.height - from.y);
  await expect.poll(() => causeOrder(app)).toEqual(['Tweede oorzaak', 'Derde oorzaak', 'Eerste oorzaak']);
  await app.keyboard.press('Control+z');
  await expect.poll(() => causeOrder(app)).toEqual(['Eerste oorzaak', 'Tweede oorzaak', 'Derde oorzaak']);

  // A small drag of a measure: a nudge; one Ctrl+Z undoes the whole drag.
  const measure = '[data-testid="node-measure"]:has([aria-label^="Maatregel: Maatregel B"])';
  // Positions in canvas units (the node's transform), so a re-fit of the view does not count.
  const flowY = () => app.locator('.react-flow__node', { has: app.locator(measure) }).evaluate((n) => Number(/translate\([^,]+,\s*([-\d.]+)px\)/.exec((n as HTMLElement).style.transform)![1]));
  const before = { y: await flowY() };
  await drag(app, measure, 0, 25);
  await expect.poll(async () => Math.round((await flowY()) - before.y)).toBeGreaterThan(10);
  await expect(app.getByRole('button', { name: 'Indeling herstellen' })).toBeEnabled();
  await app.keyboard.press('Control+z');
  await expect.poll(async () => Math.round((await flowY()) - before.y)).toBe(0);
  await app.keyboard.press('Control+Shift+z');
  await expect.poll(async () => Math.round((await flowY()) - before.y)).toBeGreaterThan(10);

  // Reset layout: back to the automatic position.
  await app.getByRole('button', { name: 'Indeling herstellen' }).click();
  await expect.poll(async () => Math.round((await flowY()) - before.y)).toBe(0);
  await expect(app.getByRole('button', { name: 'Indeling herstellen' })).toBeDisabled();
});

test('the inspector creates an owner, who then shows on the measure', async ({ app }) => {
  await buildSmallBowtie(app);
  await app.locator('[aria-label^="Maatregel: Maatregel A"]').click();
  const owner = app.getByLabel('Eigenaar (partner)');
  await owner.selectOption({ label: 'Nieuwe partner toevoegen…' });
  await app.getByLabel('Naam van de nieuwe partner').fill('Politie basisteam');
  await app.getByLabel('Naam van de nieuwe partner').press('Enter');
  await expect(owner).toHaveValue(/.+/);
  await expect(app.locator('[data-testid="node-measure"]:has([aria-label^="Maatregel: Maatregel A"]) .bt-sub')).toHaveText('Politie basisteam');
  await app.getByLabel('Effectiviteit').selectOption({ label: 'Goed' });
  await expect(app.locator('[aria-label^="Maatregel: Maatregel A"]')).toHaveAttribute('aria-label', /Goed · Bestaand · Politie basisteam/);
  // One undo entry for "create the partner and make it the owner". The keyboard stayed in the
  // inspector after adding the partner; undo is a key of the bow-tie, so go there first.
  await app.locator('[aria-label^="Maatregel: Maatregel A"]').focus();
  await app.keyboard.press('Control+z');
  await app.locator('[aria-label^="Maatregel: Maatregel A"]').focus();
  await app.keyboard.press('Control+z');
  await expect(app.locator('[data-testid="node-measure"]:has([aria-label^="Maatregel: Maatregel A"]) .bt-sub')).toHaveCount(0);
});
