/**
 * What a screen reader hears on the bow-tie: each element by its kind, label and place ("op het
 * pad … → …"), in the UI's language, and no internal id or English React Flow text.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { riskButton } from './pages/canvas.ts';
import { openExampleProject } from './pages/welcome.ts';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/i;

/** Every accessible name, role description and description text inside the canvas. */
async function spokenTexts(page: Page): Promise<{ names: string[]; other: string[] }> {
  return page.evaluate(() => {
    const root = document.querySelector('.react-flow')!;
    const names = Array.from(root.querySelectorAll('.bt-hit')).map((e) => e.getAttribute('aria-label') ?? '');
    const other: string[] = [];
    for (const e of Array.from(root.querySelectorAll('*'))) {
      if (e.closest('[aria-hidden="true"]')) continue;
      for (const a of ['aria-label', 'aria-roledescription']) if (e.getAttribute(a)) other.push(e.getAttribute(a)!);
      const d = e.getAttribute('aria-describedby');
      if (d) other.push(document.getElementById(d)?.textContent ?? '');
    }
    for (const e of Array.from(root.querySelectorAll('[id^="react-flow__"]'))) other.push(e.textContent ?? '');
    return { names, other };
  });
}

test('every element of a bow-tie is named with its place, in Dutch and in English', async ({ app }) => {
  await openExampleProject(app);
  await riskButton(app, /^R02 Jeugdoverlast/).click();
  await expect(app.locator('.bt-hit').nth(5)).toBeAttached();

  const nl = await spokenTexts(app);
  expect(nl.names.length).toBeGreaterThan(6);
  for (const name of nl.names) {
    expect(name).toMatch(/^(Gevaar|Centrale gebeurtenis|Oorzaak|Gevolg|Maatregel|Escalatiefactor|Maatregel tegen escalatie)[^:]*: /);
    if (!/^(Gevaar|Centrale gebeurtenis)/.test(name)) expect(name).toMatch(/, (op het pad|bij maatregel|tegen escalatiefactor) /);
  }
  expect(nl.names.some((n) => /^Maatregel: .+, op het pad .+ → .+/.test(n)), nl.names.join('\n')).toBe(true);
  for (const text of [...nl.names, ...nl.other]) {
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(/\b(node|edge|Press enter)\b/i);
  }

  await app.getByRole('combobox', { name: 'Taal' }).selectOption('en');
  await expect(app.locator('.bt-hit').first()).toHaveAttribute('aria-label', /^(Hazard|Central event)/);
  const en = await spokenTexts(app);
  expect(en.names.some((n) => /^Measure: .+, on the path .+ → .+/.test(n)), en.names.join('\n')).toBe(true);
  expect(en.other.join(' ')).toContain('arrow keys');
});
