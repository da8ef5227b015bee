/**
 * Keyboard defects a workshop room ran into: typing a word on a selected element, where the
 * selection goes after undo and redo, the owner list's type-ahead, and deleting a measure that
 * carries escalation factors.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { elementName } from './pages/canvas.ts';

const nodes = (page: Page, kind: string) => page.locator(`[data-testid="node-${kind}"]`);
const selected = (page: Page) => page.locator('.bt-node.is-selected > .bt-hit');

/** A new project with one risk; the keyboard is on its central event. */
async function newRisk(page: Page, title: string) {
  await page.getByRole('button', { name: 'Nieuw project' }).click();
  await page.getByPlaceholder('Nieuw risico…').focus();
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-node-key="event"]')).toBeFocused();
}

/** Presses `key` and names the new element(s): each Enter keeps one, Escape ends the chain. */
async function add(page: Page, key: string, labels: string[]) {
  await page.keyboard.press(key);
  for (const l of labels) {
    await expect(page.locator('.bt-inline-editor')).toBeFocused();
    await page.keyboard.type(l);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Escape');
}

test('a word typed on a selected element renames it; its first letter runs no command', async ({ app }) => {
  await newRisk(app, 'Inbraak');
  await add(app, 'c', ['Donkere achterpaden']);
  await expect(selected(app)).toHaveAttribute('aria-label', elementName('Oorzaak: Donkere achterpaden'));
  await expect(selected(app)).toBeFocused();

  // "Camera": the capital C is text, not the C of "new cause".
  await app.keyboard.type('Camera');
  await expect(app.locator('.bt-inline-editor')).toHaveValue('Camera');
  await app.keyboard.press('Enter');
  await expect(nodes(app, 'cause')).toHaveCount(1);
  await expect(selected(app)).toHaveAttribute('aria-label', elementName('Oorzaak: Camera'));

  // Capitals whose Shift+letter once ran a view command (focus path, inspector, findings,
  // sidebar): each is text now; those commands moved to Alt+F / Alt+I / Alt+B / Alt+R.
  for (const word of ['Fietspad', 'Inbraakgolf', 'Braakliggend terrein', 'Route naar school']) {
    await expect(selected(app)).toBeFocused();
    await app.keyboard.type(word);
    await expect(app.locator('.bt-inline-editor')).toHaveValue(word);
    await app.keyboard.press('Enter');
    await expect(selected(app)).toHaveAttribute('aria-label', elementName(`Oorzaak: ${word}`));
  }
  await expect(app.locator('.bt-focus-hint')).toHaveCount(0);
  await expect(nodes(app, 'cause')).toHaveCount(1);
  // The moved commands work from their new keys.
  await app.keyboard.press('Alt+f');
  await expect(app.locator('.bt-focus-hint')).toContainText('Alt+F');
  await app.keyboard.press('Alt+f');
  await expect(app.locator('.bt-focus-hint')).toHaveCount(0);

  // A word whose first letter has no command and that holds letters that do (i, e, m, n…):
  // the first starts the edit, the rest is text; nothing opens, nothing is added.
  await expect(selected(app)).toBeFocused();
  await app.keyboard.type('tuinpoort zonder slot');
  await expect(app.locator('.bt-inline-editor')).toHaveValue('tuinpoort zonder slot');
  await app.keyboard.press('Enter');
  await expect(selected(app)).toHaveAttribute('aria-label', elementName('Oorzaak: tuinpoort zonder slot'));
  await expect(nodes(app, 'cause')).toHaveCount(1);
  await expect(nodes(app, 'measure')).toHaveCount(0);
  await expect(nodes(app, 'escalation')).toHaveCount(0);

  // Escape while typing keeps the old name: the typed start was only a proposal.
  await app.keyboard.type('Xyz');
  await app.keyboard.press('Escape');
  await expect(selected(app)).toHaveAttribute('aria-label', elementName('Oorzaak: tuinpoort zonder slot'));

  // A lower-case command letter is still its command: c opens a new cause, named by what follows.
  await expect(selected(app)).toBeFocused();
  await add(app, 'c', ['Open raam']);
  await expect(nodes(app, 'cause')).toHaveCount(2);

  // With nothing selected a letter does nothing at all.
  await app.keyboard.press('Escape');
  await expect(selected(app)).toHaveCount(0);
  await app.keyboard.type('Tuin');
  await expect(app.locator('.bt-inline-editor')).toHaveCount(0);
  await expect(nodes(app, 'cause')).toHaveCount(2);
});

test('undo and redo select the element they changed, so the arrows go on from there', async ({ app }) => {
  await newRisk(app, 'Inbraak');
  await add(app, 'c', ['Eerste', 'Tweede']);
  await expect(selected(app)).toHaveAttribute('aria-label', elementName('Oorzaak: Tweede'));

  // Rename the first cause, then walk away to the event.
  await app.keyboard.press('ArrowUp');
  await app.keyboard.type('Donkere achterpaden');
  await app.keyboard.press('Enter');
  await app.keyboard.press('ArrowRight');
  await expect(selected(app)).toHaveAttribute('aria-label', /^(?!Oorzaak: )/);

  // Undo of the rename: back on that cause with its old name, and the arrows go on from it.
  await app.keyboard.press('Control+z');
  await expect(selected(app)).toHaveAttribute('aria-label', elementName('Oorzaak: Eerste'));
  await expect(selected(app)).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(selected(app)).toHaveAttribute('aria-label', elementName('Oorzaak: Tweede'));

  // Redo from elsewhere: on the renamed cause again.
  await app.keyboard.press('ArrowRight');
  await app.keyboard.press('Control+Shift+z');
  await expect(selected(app)).toHaveAttribute('aria-label', elementName('Oorzaak: Donkere achterpaden'));
  await expect(selected(app)).toBeFocused();

  // Undo of an addition: the element is gone, the selection is on its neighbour, not on nothing.
  await app.keyboard.press('Control+z');
  await app.keyboard.press('Control+z');
  await expect(nodes(app, 'cause')).toHaveCount(1);
  await expect(selected(app)).toHaveAttribute('aria-label', elementName('Oorzaak: Eerste'));
  // Redo brings it back and selects it.
  await app.keyboard.press('Control+y');
  await expect(nodes(app, 'cause')).toHaveCount(2);
  await expect(selected(app)).toHaveAttribute('aria-label', elementName('Oorzaak: Tweede'));
  await expect(selected(app)).toBeFocused();
});

test('the owner list stores one choice as one edit, and a new partner keeps the keyboard in the inspector', async ({ app }) => {
  await newRisk(app, 'Inbraak');
  await add(app, 'c', ['Donkere achterpaden']);
  await add(app, 'p', ['Buurtpreventie-app']);
  await expect(selected(app)).toHaveAttribute('aria-label', /^Maatregel: Buurtpreventie-app/);
  await app.keyboard.press('i');
  const owner = app.getByLabel('Eigenaar (partner)');
  const shown = owner.locator('option:checked');
  const inspector = app.locator('#inspector');

  // Two partners, each typed in by the keyboard: the list's last entry, Enter, the name, Enter.
  for (const partner of ['Belastingdienst', 'Bewoners']) {
    await owner.focus();
    await expect(owner).toBeFocused();
    await app.keyboard.press('End');
    // The list shows the last entry before Enter takes it (a busy machine renders late).
    await expect(shown).toHaveText('Nieuwe partner toevoegen…');
    await app.keyboard.press('Enter');
    const field = app.getByLabel('Naam van de nieuwe partner');
    await expect(field).toBeFocused();
    await app.keyboard.type(partner);
    await app.keyboard.press('Enter');
    await expect(owner).toBeFocused();
    await expect(inspector.locator(':focus')).toHaveCount(1);
    await expect(shown).toHaveText(partner);
  }
  // Back to no owner (Home, Enter): one edit.
  await app.keyboard.press('Home');
  await app.keyboard.press('Enter');
  await expect(shown).toHaveText('— niet ingevuld —');

  // Type-ahead "bew" runs past Belastingdienst to Bewoners; only Enter stores, once.
  await app.waitForTimeout(1100); // the list's own type-ahead forgets earlier letters after a second
  await app.keyboard.type('bew');
  await expect(shown).toHaveText('Bewoners');
  await app.keyboard.press('Enter');
  await expect(shown).toHaveText('Bewoners');
  await expect(owner).toBeFocused();

  // One undo takes the whole choice back: no Belastingdienst in between.
  await app.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(shown).toHaveText('— niet ingevuld —');
  await app.getByRole('button', { name: 'Opnieuw' }).click();
  await expect(shown).toHaveText('Bewoners');

  // Escape puts back what the keyboard ran past; leaving the list stores it.
  await owner.focus();
  await app.waitForTimeout(1100);
  await app.keyboard.type('bel');
  await expect(shown).toHaveText('Belastingdienst');
  await app.keyboard.press('Escape');
  await expect(shown).toHaveText('Bewoners');
  await app.waitForTimeout(1100);
  await app.keyboard.type('bel');
  await app.keyboard.press('Tab');
  await expect(shown).toHaveText('Belastingdienst');
  await app.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(shown).toHaveText('Bewoners');
});

test('deleting a measure says which escalation factors go with it, and one undo brings all back', async ({ app }) => {
  await newRisk(app, 'Inbraak');
  await add(app, 'c', ['Donkere achterpaden']);
  await add(app, 'p', ['Buurtpreventie-app']);
  await add(app, 'e', ['Batterij leeg', 'Niemand kijkt']);
  await expect(nodes(app, 'escalation')).toHaveCount(2);

  await nodes(app, 'measure').click();
  await expect(selected(app)).toHaveAttribute('aria-label', /^Maatregel: Buurtpreventie-app/);
  await expect(selected(app)).toBeFocused();
  await app.keyboard.press('Delete');
  await expect(nodes(app, 'measure')).toHaveCount(0);
  await expect(nodes(app, 'escalation')).toHaveCount(0);
  await expect(app.locator('.notices')).toContainText(
    'Maatregel “Buurtpreventie-app” is verwijderd, en daarmee ook 2 escalatiefactoren: “Batterij leeg”, “Niemand kijkt”. Ctrl+Z zet alles terug.',
  );

  await app.keyboard.press('Control+z');
  await expect(nodes(app, 'measure')).toHaveCount(1);
  await expect(nodes(app, 'escalation')).toHaveCount(2);
  await expect(app.getByRole('button', { name: 'Escalatiefactor: Batterij leeg' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Escalatiefactor: Niemand kijkt' })).toBeVisible();
  await expect(selected(app)).toHaveAttribute('aria-label', /^Maatregel: Buurtpreventie-app/);

  // A measure without escalation factors goes without a word.
  await add(app, 'p', ['Straatverlichting']);
  await app.keyboard.press('Delete');
  await expect(nodes(app, 'measure')).toHaveCount(1);
  await expect(app.locator('.notices')).not.toContainText('Straatverlichting');
});

test('deleting a cause names the measures that go with it, and one undo brings all back', async ({ app }) => {
  await newRisk(app, 'Inbraak');
  await add(app, 'c', ['Donkere achterpaden']);
  await add(app, 'p', ['Straatverlichting', 'Buurtpreventie-app']);
  await expect(nodes(app, 'measure')).toHaveCount(2);

  // Back to the cause by keyboard: the measures sit to its right.
  await app.keyboard.press('ArrowLeft');
  await app.keyboard.press('ArrowLeft');
  await expect(selected(app)).toHaveAttribute('aria-label', elementName('Oorzaak: Donkere achterpaden'));
  await app.keyboard.press('Delete');
  await expect(nodes(app, 'cause')).toHaveCount(0);
  await expect(nodes(app, 'measure')).toHaveCount(0);
  await expect(app.locator('.notices')).toContainText(
    'Oorzaak “Donkere achterpaden” is verwijderd, en daarmee ook 2 maatregelen: “Straatverlichting”, “Buurtpreventie-app”. Ctrl+Z zet alles terug.',
  );

  await app.keyboard.press('Control+z');
  await expect(nodes(app, 'cause')).toHaveCount(1);
  await expect(nodes(app, 'measure')).toHaveCount(2);
  await expect(app.getByRole('button', { name: elementName('Maatregel: Straatverlichting') })).toBeVisible();
  await expect(app.getByRole('button', { name: elementName('Maatregel: Buurtpreventie-app') })).toBeVisible();
  await expect(selected(app)).toHaveAttribute('aria-label', elementName('Oorzaak: Donkere achterpaden'));
});

test('a command letter whose command does not fit the selection is text: "stoep" on a cause names it', async ({ app }) => {
  await newRisk(app, 'Inbraak');
  await add(app, 'c', ['Donkere achterpaden']);
  // s (status) and e (escalation factor) are measure commands; on a cause they are letters.
  for (const word of ['stoep zonder licht', 'eenzame steeg']) {
    await expect(selected(app)).toBeFocused();
    await app.keyboard.type(word);
    await expect(app.locator('.bt-inline-editor')).toHaveValue(word);
    await app.keyboard.press('Enter');
    await expect(selected(app)).toHaveAttribute('aria-label', elementName(`Oorzaak: ${word}`));
  }
  await expect(app.locator('.bt-quick')).toHaveCount(0);
  await expect(nodes(app, 'escalation')).toHaveCount(0);

  // On a measure the same s opens its status choice; a digit stores it, the keyboard stays there.
  await add(app, 'p', ['Straatverlichting']);
  await app.keyboard.press('s');
  await expect(app.locator('.bt-quick')).toContainText('Status van “Straatverlichting”');
  await app.keyboard.press('2');
  await expect(app.locator('.bt-quick')).toHaveCount(0);
  await expect(selected(app)).toHaveAttribute('aria-label', /^Maatregel: Straatverlichting, .* · Gepland$/);
  await expect(selected(app)).toBeFocused();

  // The owner line shows ten choices (0–9) of the project's many partners and says how many
  // more letters find; Escape and the next key at once go on from the measure.
  await app.keyboard.press('o');
  await expect(app.locator('.bt-quick [role="option"]')).toHaveCount(10);
  await expect(app.locator('.bt-quick')).toContainText(/… en nog \d+: typ om te zoeken/);
  await app.keyboard.press('Escape');
  await app.keyboard.press('w');
  await app.keyboard.press('1');
  await expect(selected(app)).toHaveAttribute('aria-label', /^Maatregel: Straatverlichting, .* · Goed · Gepland$/);
});
