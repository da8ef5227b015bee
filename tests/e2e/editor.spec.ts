/**
 * The facilitator's run: build a bow-tie from scratch with the keyboard only (6 causes,
 * 5 consequences, 12 measures of which one is shared with another risk, 2 escalation factors),
 * undo and redo back and forth (also across risks), reload and find it identical, switch to the
 * projector theme, keep screenshots and check the editor with axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { centralEvent, inlineEditor, newRiskField, nodes, riskButton, elementName } from './pages/canvas.ts';
import { newProjectButton } from './pages/welcome.ts';
import { chooseLanguage, commandPalette, settled } from './pages/workspace.ts';

const CAUSES = [
  'Leegstand van agrarische bedrijfsgebouwen',
  'Financiële nood bij agrariërs',
  'Criminele netwerken zoeken afgelegen locaties',
  'Weinig sociale controle in het buitengebied',
  'Lage pakkans voor verhuurders',
  'Drugsafval is goedkoop te dumpen',
];
const CONSEQUENCES = ['Milieuschade door gedumpt drugsafval', 'Brand- en explosiegevaar', 'Ondermijning van het lokaal gezag', 'Gevoel van onveiligheid bij bewoners', 'Imagoschade voor de gemeente'];

/** The bow-tie as a user perceives it: every node's accessible name, sorted, and its position. */
async function snapshot(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.react-flow__node')]
      .map((n) => `${n.querySelector('[data-node-key]')?.getAttribute('aria-label')} @ ${(n as HTMLElement).style.transform}`)
      .sort(),
  );
}

/** Types a chain of names: each Enter keeps one and opens the next; Escape ends the chain. */
async function typeChain(page: Page, labels: string[]) {
  for (const l of labels) {
    await expect(inlineEditor(page)).toBeFocused();
    await page.keyboard.type(l);
    await page.keyboard.press('Enter');
  }
  await page.keyboard.press('Escape');
}

/** Names the selected node in place (Enter or F2 opened the field). */
async function typeName(page: Page, label: string) {
  await expect(inlineEditor(page)).toBeFocused();
  await page.keyboard.type(label);
  await page.keyboard.press('Enter');
}

async function press(page: Page, ...keys: string[]) {
  for (const k of keys) await page.keyboard.press(k);
}

/** axe on the whole page (the editor with its toolbar, canvas, inspector and sidebar). */
async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const summary = result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(summary).toEqual([]);
}

const selected = (page: Page) => page.locator('.bt-node.is-selected > .bt-hit');

test('a facilitator builds a bow-tie with the keyboard only, undoes, redoes and reloads', async ({ app }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  app.on('pageerror', (e) => errors.push(String(e)));

  await newProjectButton(app).focus();
  await app.keyboard.press('Enter');

  // A first risk with the measure that the second one will share.
  const newRisk = newRiskField(app);
  await newRisk.focus();
  await app.keyboard.type('Jeugdoverlast met alcohol');
  await app.keyboard.press('Enter');
  await expect(centralEvent(app)).toBeFocused();
  await press(app, 'Enter');
  await typeName(app, 'Overlast door groepen jongeren');
  await press(app, 'c');
  await typeChain(app, ['Problematische thuissituatie']);
  await press(app, 'p');
  await typeChain(app, ['Integrale wijkteams signaleren vroegtijdig']);
  await expect(nodes(app, 'measure')).toHaveCount(1);

  // The bow-tie of the second risk.
  await newRisk.focus();
  await app.keyboard.type('Drugslabs in leegstaande agrarische gebouwen');
  await app.keyboard.press('Enter');
  await expect(centralEvent(app)).toBeFocused();
  await press(app, 'Enter');
  await typeName(app, 'Drugslab in gebruik in het buitengebied');
  await press(app, 'ArrowUp', 'F2');
  await typeName(app, 'Drugsproductie en -opslag in het buitengebied');
  await expect(app.getByLabel('Gevaar', { exact: true })).toHaveValue('Drugsproductie en -opslag in het buitengebied');

  await press(app, 'c');
  await typeChain(app, CAUSES);
  await expect(nodes(app, 'cause')).toHaveCount(6);
  await press(app, 'g');
  await typeChain(app, CONSEQUENCES);
  await expect(nodes(app, 'consequence')).toHaveCount(5);

  // Preventive measures: walk up to the first cause and add along each path.
  await press(app, 'ArrowLeft', 'ArrowLeft');
  await expect(selected(app)).toHaveAttribute('aria-label', /^Oorzaak: /);
  for (let i = 0; i < 5; i++) await press(app, 'ArrowUp');
  await expect(selected(app)).toHaveAttribute('aria-label', elementName(`Oorzaak: ${CAUSES[0]}`));
  await press(app, 'p');
  await typeChain(app, ['Leegstandsregistratie en -bezoeken', 'Meldplicht verhuur agrarische opstallen']);
  await press(app, 'ArrowLeft', 'ArrowLeft', 'ArrowDown');
  await expect(selected(app)).toHaveAttribute('aria-label', elementName(`Oorzaak: ${CAUSES[1]}`));
  await press(app, 'p');
  await typeChain(app, ['Ondernemersloket voor agrariërs in nood', 'Schuldhulpverlening voor ondernemers']);
  await press(app, 'ArrowLeft', 'ArrowLeft', 'ArrowDown');
  await expect(selected(app)).toHaveAttribute('aria-label', elementName(`Oorzaak: ${CAUSES[2]}`));
  // The shared measure: link the one from the other risk onto this path (L, type, Enter).
  await press(app, 'l');
  await expect(app.locator('#inspector-link-search')).toBeFocused();
  await app.keyboard.type('wijkteams');
  await app.keyboard.press('Enter');
  await expect(app.getByTestId('inspector-usage')).toContainText('gekoppeld · gebruikt op 2 plaatsen');
  await expect(selected(app)).toHaveAttribute('aria-label', /Integrale wijkteams signaleren vroegtijdig, op het pad .* · gekoppeld · in 2 risico’s/);
  await expect(selected(app)).toBeFocused();
  await press(app, 'ArrowLeft', 'ArrowDown');
  await expect(selected(app)).toHaveAttribute('aria-label', elementName(`Oorzaak: ${CAUSES[3]}`));
  await press(app, 'p');
  await typeChain(app, ['Buurtpreventie-app buitengebied']);
  await press(app, 'ArrowLeft', 'ArrowDown');
  await press(app, 'p');
  await typeChain(app, ['Bibob-toets bij vergunningen']);

  // Limiting measures on the consequence side.
  await press(app, 'ArrowRight', 'ArrowRight', 'ArrowRight');
  await expect(selected(app)).toHaveAttribute('aria-label', /^Gevolg: /);
  for (let i = 0; i < 5; i++) await press(app, 'ArrowUp');
  await expect(selected(app)).toHaveAttribute('aria-label', elementName(`Gevolg: ${CONSEQUENCES[0]}`));
  await press(app, 'b');
  await typeChain(app, ['Ruimingsprotocol drugsafval', 'Bodemonderzoek en sanering']);
  await press(app, 'ArrowRight', 'ArrowDown');
  await expect(selected(app)).toHaveAttribute('aria-label', elementName(`Gevolg: ${CONSEQUENCES[1]}`));
  await press(app, 'b');
  await typeChain(app, ['Brandweer-risicokaart drugslocaties']);
  await press(app, 'ArrowRight', 'ArrowDown');
  await press(app, 'b');
  await typeChain(app, ['Bestuurlijke sluiting (art. 13b Opiumwet)']);

  // Escalation factors below two limiting measures, one with a measure against it.
  await press(app, 'ArrowUp', 'ArrowUp', 'ArrowLeft');
  await expect(selected(app)).toHaveAttribute('aria-label', /^Maatregel: Ruimingsprotocol/);
  await press(app, 'e');
  await typeChain(app, ['Afval wordt pas laat ontdekt doordat percelen afgelegen liggen']);
  await press(app, 'm');
  await typeChain(app, ['Drones voor opsporing van dumpingen']);
  await press(app, 'ArrowUp');
  await expect(selected(app)).toHaveAttribute('aria-label', /^Maatregel: Bodemonderzoek/);
  await press(app, 'e');
  await typeChain(app, ['Capaciteitstekort bij de omgevingsdienst doordat vacatures openstaan']);

  await expect(nodes(app, 'cause')).toHaveCount(6);
  await expect(nodes(app, 'consequence')).toHaveCount(5);
  await expect(nodes(app, 'escalation')).toHaveCount(2);
  await expect(app.locator('[data-testid="node-measure"], [data-testid="node-escalationMeasure"]')).toHaveCount(12);
  await expect(app.getByText(/Eigenschappen/).first()).toBeVisible();

  // Properties from the keyboard: effectiveness and status in the inspector, then back to the
  // canvas. Up from the new escalation factor is the measure it weakens.
  await press(app, 'ArrowUp');
  await expect(selected(app)).toHaveAttribute('aria-label', /^Maatregel: Bodemonderzoek/);
  await press(app, 'i');
  await expect(app.locator('#inspector [data-autofocus]')).toBeFocused();
  await app.keyboard.press('Tab');
  await app.keyboard.press('Tab');
  await expect(app.getByLabel('Effectiviteit')).toBeFocused();
  await app.keyboard.press('z'); // Zwak
  await app.keyboard.press('Tab');
  await app.keyboard.press('o'); // Ontbrekend
  await expect(selected(app)).toHaveAttribute('aria-label', /Zwak · Ontbrekend/);
  await expect(app.locator('.bt-measure.is-selected.status-missing.eff-weak')).toHaveCount(1);

  await settled(app);
  const built = await snapshot(app);
  expect(built).toHaveLength(6 + 5 + 12 + 2 + 2);
  await app.screenshot({ path: 'test-results/editor-light.png' });
  await expectNoAxeViolations(app);

  // Undo and redo back and forth; undo in another risk brings the bow-tie back into view.
  await selected(app).focus();
  const measures = app.locator('[data-testid="node-measure"], [data-testid="node-escalationMeasure"]');
  // Back four steps: status, effectiveness, the second factor, the measure against the first.
  await press(app, 'Control+z', 'Control+z');
  await expect(app.locator('.bt-measure.eff-weak')).toHaveCount(0);
  await press(app, 'Control+z', 'Control+z');
  await expect(measures).toHaveCount(11);
  await expect(nodes(app, 'escalation')).toHaveCount(1);
  await press(app, 'Control+Shift+z', 'Control+y');
  await expect(measures).toHaveCount(12);
  await expect(nodes(app, 'escalation')).toHaveCount(2);
  await press(app, 'Control+z');
  await expect(nodes(app, 'escalation')).toHaveCount(1);
  await press(app, 'Control+Shift+z', 'Control+Shift+z', 'Control+Shift+z');
  await expect(app.locator('.bt-measure.status-missing.eff-weak')).toHaveCount(1);
  await settled(app);
  expect(await snapshot(app)).toEqual(built);

  await riskButton(app, /R01 Jeugdoverlast/).focus();
  await app.keyboard.press('Enter');
  await expect(nodes(app, 'cause')).toHaveCount(1);
  await press(app, 'Control+z');
  await expect(riskButton(app, /R02 Drugslabs/)).toHaveAttribute('aria-current', 'true');
  await expect(app.locator('.bt-measure.status-missing')).toHaveCount(0);
  await press(app, 'Control+Shift+z');
  await expect(app.locator('.bt-measure.status-missing')).toHaveCount(1);
  await settled(app);

  // Reload: the same bow-tie, node for node, at the same places.
  await app.reload();
  await riskButton(app, /R02 Drugslabs/).focus();
  await app.keyboard.press('Enter');
  await expect(nodes(app, 'cause')).toHaveCount(6);
  expect(await snapshot(app)).toEqual(built);

  // The projector theme, switched with its shortcut while working.
  await press(app, 'Control+Shift+p');
  await expect(app.locator('.app')).toHaveAttribute('data-theme', 'projector');
  await press(app, 'f');
  await app.waitForTimeout(400);
  await app.screenshot({ path: 'test-results/editor-projector.png' });
  await expectNoAxeViolations(app);

  // And the dark theme, from the palette.
  await app.keyboard.press('Control+k');
  await app.keyboard.type('donker');
  await app.keyboard.press('Enter');
  await expect(app.locator('.app')).toHaveAttribute('data-theme', 'dark');
  await app.waitForTimeout(400);
  await app.screenshot({ path: 'test-results/editor-dark.png' });
  expect(errors).toEqual([]);
});

test('the palette and the shortcut sheet list the commands, run them, and pass axe', async ({ app }) => {
  const errors: string[] = [];
  app.on('pageerror', (e) => errors.push(String(e)));
  await newProjectButton(app).focus();
  await app.keyboard.press('Enter');
  const newRisk = newRiskField(app);
  await newRisk.focus();
  await app.keyboard.type('Woninginbraak');
  await app.keyboard.press('Enter');
  await expect(centralEvent(app)).toBeFocused();

  // Ctrl+K, type, Enter: the command runs as if its key had been pressed on the canvas.
  await app.keyboard.press('Control+k');
  const palette = commandPalette(app);
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('option')).not.toHaveCount(0);
  await expectNoAxeViolations(app);
  await app.keyboard.type('oorzaak toev');
  await expect(palette.getByRole('option').first()).toContainText('Oorzaak toevoegen');
  await app.keyboard.press('Enter');

  await expect(palette).toBeHidden();
  await typeChain(app, ['Slecht hang- en sluitwerk']);
  await expect(nodes(app, 'cause')).toHaveCount(1);

  // Disabled commands are listed but do not run.
  await app.keyboard.press('Control+k');
  await app.keyboard.type('beperkende');
  await expect(palette.getByRole('option').first()).toHaveAttribute('aria-disabled', 'true');
  await app.keyboard.press('Enter');
  await expect(palette).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(palette).toBeHidden();

  // ? shows every shortcut from the same registry.
  await selected(app).focus();
  await app.keyboard.press('?');
  const sheet = app.getByRole('dialog', { name: 'Sneltoetsen' });
  await expect(sheet).toBeVisible();
  for (const label of ['Oorzaak toevoegen', 'Gevolg toevoegen', 'Preventieve maatregel toevoegen', 'Beperkende maatregel toevoegen', 'Escalatiefactor toevoegen', 'Naam wijzigen', 'Verwijderen', 'Ongedaan maken', 'Opnieuw', 'Passend in venster', 'Opdrachtenpalet']) {
    await expect(sheet.getByText(label, { exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(app);
  await app.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  // Delete is undoable; English works too.
  await expect(selected(app)).toBeFocused();
  await app.keyboard.press('Delete');
  await expect(nodes(app, 'cause')).toHaveCount(0);
  await app.keyboard.press('Control+z');
  await expect(nodes(app, 'cause')).toHaveCount(1);
  await chooseLanguage(app, 'en');
  await expect(app.getByRole('toolbar', { name: 'Edit the bow-tie' })).toBeVisible();
  await expect(app.locator('[data-testid="node-cause"] > .bt-hit')).toHaveAttribute('aria-label', elementName('Cause: Slecht hang- en sluitwerk'));
  await app.getByRole('combobox', { name: 'Language' }).selectOption('nl');
  expect(errors).toEqual([]);
});
