/**
 * The workshop budget (issue 11, item 2): a facilitator captures a 30-element bow-tie live with
 * the keyboard only, at most 2 keys per element beyond its label, and sets a measure's owner,
 * status and effectiveness with at most 4 keys each. Every key goes through page.keyboard and
 * is counted; label text is counted apart.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { centralEvent, elementName, inlineEditor, newRiskField, nodes } from './pages/canvas.ts';
import { newProjectButton } from './pages/welcome.ts';

type Kind = 'oorzaak' | 'gevolg' | 'preventief' | 'beperkend' | 'escalatiefactor';

/** Counts the keys pressed and gives each element the keys that led up to its label. */
class Keys {
  private pending = 0;
  readonly perElement: { kind: Kind; label: string; keys: number; line: string }[] = [];
  labelChars = 0;
  private line = '';
  private readonly page: Page;
  constructor(page: Page) {
    this.page = page;
  }
  async press(...keys: string[]) {
    for (const k of keys) {
      await this.page.keyboard.press(k);
      this.pending++;
    }
  }
  /** Types a new element's label into the field the keys before it opened. */
  async name(kind: Kind, label: string) {
    await expect(inlineEditor(this.page)).toBeFocused();
    await this.page.keyboard.type(label);
    this.labelChars += label.length;
    if (kind === 'oorzaak' || kind === 'gevolg') this.line = label;
    this.perElement.push({ kind, label, keys: this.pending, line: this.line });
    this.pending = 0;
  }
  /** Keys pressed since the last label (closing the last field, a property choice). */
  take(): number {
    const n = this.pending;
    this.pending = 0;
    return n;
  }
}

test('a 30-element bow-tie is captured by keyboard within 2 keys per element; owner, status and effectiveness take 2 keys each', async ({ app }) => {
  await newProjectButton(app).focus();
  await app.keyboard.press('Enter');
  await expect(newRiskField(app)).toBeFocused();
  await app.keyboard.type('Woninginbraak');
  await app.keyboard.press('Enter');
  await expect(centralEvent(app)).toBeFocused();

  const k = new Keys(app);
  // Left side: a cause, Tab to its measures, Enter for the next measure, Shift+Enter for an
  // escalation factor under the measure just typed, Tab on to a new cause.
  await k.press('c');
  await k.name('oorzaak', 'Donkere achterpaden');
  await k.press('Tab');
  await k.name('preventief', 'Straatverlichting');
  await k.press('Enter');
  await k.name('preventief', 'Buurtpreventie-app');
  await k.press('Shift+Enter');
  await k.name('escalatiefactor', 'Niemand leest de app');
  await k.press('Tab');
  await k.name('oorzaak', 'Slecht hang- en sluitwerk');
  await k.press('Tab');
  await k.name('preventief', 'Politiekeurmerk Veilig Wonen');
  await k.press('Enter');
  await k.name('preventief', 'Subsidie op sloten');
  await k.press('Enter');
  await k.name('preventief', 'Voorlichting door de wijkagent');
  await k.press('Tab');
  await k.name('oorzaak', 'Woningen lang onbewoond tijdens vakantie');
  await k.press('Tab');
  await k.name('preventief', 'Vakantiecontrole door buren');
  await k.press('Shift+Enter');
  await k.name('escalatiefactor', 'Buren ook op vakantie');
  await k.press('Enter');
  await k.name('escalatiefactor', 'Geen sleutel afgesproken');
  await k.press('Tab');
  await k.name('oorzaak', 'Lage pakkans');
  await k.press('Tab');
  await k.name('preventief', 'Cameratoezicht');
  await k.press('Enter');
  await k.name('preventief', 'WhatsApp-buurtpreventie');
  await k.press('Enter');
  await k.name('preventief', 'Extra surveillance');
  await k.press('Enter');
  await k.name('preventief', 'Markeren van eigendommen');
  // Tab opens a new cause; Tab on that blank cause goes on to the consequences.
  await k.press('Tab', 'Tab');
  await k.name('gevolg', 'Financiële schade');
  await k.press('Tab');
  await k.name('beperkend', 'Inboedelverzekering');
  await k.press('Enter');
  await k.name('beperkend', 'Snelle melding bij de politie');
  await k.press('Enter');
  await k.name('beperkend', 'Slachtofferhulp');
  await k.press('Shift+Enter');
  await k.name('escalatiefactor', 'Wachtlijst slachtofferhulp');
  await k.press('Tab');
  await k.name('gevolg', 'Gevoel van onveiligheid');
  await k.press('Tab');
  await k.name('beperkend', 'Buurtbijeenkomst na inbraak');
  await k.press('Enter');
  await k.name('beperkend', 'Nazorg door de wijkagent');
  await k.press('Tab');
  await k.name('gevolg', 'Verhuizing van bewoners');
  await k.press('Tab');
  await k.name('beperkend', 'Gesprek met de woningcorporatie');
  await k.press('Enter');
  await k.name('beperkend', 'Herstel van de woning binnen een week');
  await k.press('Enter');
  await k.name('beperkend', 'Tijdelijke opvang');
  await k.press('Shift+Enter');
  await k.name('escalatiefactor', 'Geen plek in de opvang');
  // Enter keeps the last one, Escape closes the blank field that follows.
  await k.press('Enter', 'Escape');
  const closing = k.take();
  await expect(inlineEditor(app)).toHaveCount(0);

  // Everything is on the canvas where it was typed.
  await expect(nodes(app, 'cause')).toHaveCount(4);
  await expect(nodes(app, 'consequence')).toHaveCount(3);
  await expect(nodes(app, 'measure')).toHaveCount(18);
  await expect(nodes(app, 'escalation')).toHaveCount(5);
  for (const e of k.perElement) {
    const name = { oorzaak: 'Oorzaak', gevolg: 'Gevolg', preventief: 'Maatregel', beperkend: 'Maatregel', escalatiefactor: 'Escalatiefactor' }[e.kind];
    await expect(app.getByRole('button', { name: elementName(`${name}: ${e.label}`) })).toHaveCount(1);
    // Each measure is on the path of the line typed before it, on that line's side.
    const path = e.kind === 'preventief' ? `${e.line} → Centrale gebeurtenis` : `Centrale gebeurtenis → ${e.line}`;
    if (e.kind === 'preventief' || e.kind === 'beperkend') await expect(app.getByRole('button', { name: elementName(`Maatregel: ${e.label}`) })).toHaveAttribute('aria-label', new RegExp(`op het pad ${path}`));
  }

  // The budget, per element and per kind.
  expect(k.perElement).toHaveLength(30);
  const report: Record<string, string> = {};
  for (const kind of ['oorzaak', 'gevolg', 'preventief', 'beperkend', 'escalatiefactor'] as const) {
    const mine = k.perElement.filter((e) => e.kind === kind);
    const sum = mine.reduce((s, e) => s + e.keys, 0);
    report[kind] = `${mine.length} elementen, ${sum} toetsen, max ${Math.max(...mine.map((e) => e.keys))} per element`;
  }
  const total = k.perElement.reduce((s, e) => s + e.keys, 0) + closing;
  console.log(`toetsen boven de labels: ${JSON.stringify(report)}; afsluiten ${closing}; totaal ${total} voor 30 elementen; labeltekens ${k.labelChars}`);
  for (const e of k.perElement) expect(e.keys, `${e.kind} “${e.label}”`).toBeLessThanOrEqual(2);
  expect(total).toBeLessThanOrEqual(2 * 30);

  // Owner, status and effectiveness of the measures, from the canvas: O, S or W opens the
  // quick-choice line; a digit chooses, or a new partner's name and Enter.
  const selected = app.locator('.bt-node.is-selected > .bt-hit');
  const line = app.locator('.bt-quick');
  const owner = app.locator('#inspector').getByLabel('Eigenaar (partner)').locator('option:checked');
  const costs: Record<string, number[]> = { eigenaar: [], status: [], effectiviteit: [] };
  // From the escalation factor left along its line to its measure.
  await k.press('ArrowLeft');
  const walk = k.take();
  await expect(selected).toHaveAttribute('aria-label', elementName('Maatregel: Tijdelijke opvang'));
  await expect(selected).toBeFocused();

  await k.press('o');
  await expect(line).toBeVisible();
  await app.keyboard.type('Leger des Heils');
  await expect(line).toContainText('Nieuwe partner “Leger des Heils” toevoegen');
  await line.screenshot({ path: '/tmp/quickedit-owner.png' });
  await app.screenshot({ path: '/tmp/quickedit-canvas.png' });
  await k.press('Enter');
  costs.eigenaar!.push(k.take());
  await expect(line).toHaveCount(0);
  await expect(selected).toBeFocused();
  await expect(owner).toHaveText('Leger des Heils');

  await k.press('s');
  await expect(line).toContainText('1 Bestaand');
  await line.screenshot({ path: '/tmp/quickedit-status.png' });
  await k.press('2');
  costs.status!.push(k.take());
  await k.press('w', '1');
  costs.effectiviteit!.push(k.take());
  await expect(selected).toHaveAttribute('aria-label', /^Maatregel: Tijdelijke opvang, .* · Goed · Gepland · Leger des Heils$/);
  await expect(selected).toBeFocused();

  // The measure before it on the path: the owner list opens on the partner just chosen, so
  // Enter alone gives it the same owner.
  await k.press('ArrowLeft');
  const walk2 = k.take();
  await expect(selected).toHaveAttribute('aria-label', elementName('Maatregel: Herstel van de woning binnen een week'));
  await k.press('o');
  await expect(line.getByRole('option', { selected: true })).toHaveText('Leger des Heils');
  await k.press('Enter');
  costs.eigenaar!.push(k.take());
  await expect(owner).toHaveText('Leger des Heils');
  await k.press('s', '3');
  costs.status!.push(k.take());
  await k.press('w', '3');
  costs.effectiviteit!.push(k.take());
  await expect(selected).toHaveAttribute('aria-label', /^Maatregel: Herstel van de woning binnen een week, .* · Zwak · Ontbrekend · Leger des Heils$/);

  // A digit takes a partner at once (1: the first in the list).
  await k.press('ArrowLeft');
  const walk3 = k.take();
  await expect(selected).toHaveAttribute('aria-label', elementName('Maatregel: Gesprek met de woningcorporatie'));
  await k.press('o');
  const firstPartner = (await line.getByRole('option').nth(1).textContent())!.replace(/^1\s*/, '').trim();
  await k.press('1');
  costs.eigenaar!.push(k.take());
  await expect(owner).toHaveText(firstPartner);
  await k.press('ArrowRight');
  const walk4 = k.take();

  // Typed letters narrow the list; Enter takes the first that fits. Escape changes nothing.
  // (the letters are keys here, not a label, so they count).
  await k.press('w', 'm', 'a');
  await expect(line.getByRole('option')).toHaveText(['2 Matig']);
  await k.press('Enter');
  costs.effectiviteit!.push(k.take());
  await expect(selected).toHaveAttribute('aria-label', /· Matig · Ontbrekend · Leger des Heils$/);
  await app.keyboard.press('s');
  await app.keyboard.press('Escape');
  await expect(line).toHaveCount(0);
  await expect(selected).toHaveAttribute('aria-label', /· Matig · Ontbrekend · Leger des Heils$/);

  // One choice is one edit: one undo takes back the last effectiveness only.
  await app.keyboard.press('Control+z');
  await expect(selected).toHaveAttribute('aria-label', /· Zwak · Ontbrekend · Leger des Heils$/);

  console.log(`eigenschappen (toetsen per keuze): ${JSON.stringify(costs)}; lopen naar de volgende maatregel: ${walk}, ${walk2}, ${walk3}, ${walk4}`);
  for (const [field, list] of Object.entries(costs)) for (const n of list) expect(n, field).toBeLessThanOrEqual(4);
});
