/**
 * The bow-tie canvas and the risk list beside it: the field that adds a risk, the central event
 * and the nodes of one kind (cause, consequence, measure, …).
 */
import type { Locator, Page } from '@playwright/test';

export const newRiskField = (page: Page): Locator => page.getByPlaceholder('Nieuw risico…');

/** Adds a risk named `title` from the field at the top of the risk list. */
export async function addRisk(page: Page, title: string): Promise<void> {
  const field = newRiskField(page);
  await field.fill(title);
  await field.press('Enter');
}

/** The central event of the open risk (it takes focus when a risk is added). */
export const centralEvent = (page: Page): Locator => page.locator('[data-node-key="event"]');

/** The canvas nodes of one kind, as `data-testid="node-<kind>"` marks them. */
export const nodes = (page: Page, kind: string): Locator => page.locator(`[data-testid="node-${kind}"]`);

/** A risk's button in the risk list; its name starts with the risk's code ("R01 Woninginbraken …"). */
export const riskButton = (page: Page, name: RegExp): Locator => page.getByRole('button', { name });

/** The central event's text field above the canvas. */
export const centralEventField = (page: Page): Locator => page.getByRole('textbox', { name: 'Centrale gebeurtenis' });

/** The in-place editor that F2 or a new node opens on the canvas. */
export const inlineEditor = (page: Page): Locator => page.locator('.bt-inline-editor');

/** An element's accessible name that starts with "<Kind>: <label>" (its place and details may follow). */
export function elementName(kindAndLabel: string): RegExp {
  return new RegExp(`^${kindAndLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(, | · |$)`);
}
