/**
 * A scoring round in real Chromium: the facilitator (browser mode, desktop viewport) starts a
 * session from the register, three partners join on phones (390×844, touch) through the
 * participant server on 127.0.0.1, vote, change a vote, the facilitator sees the spread live,
 * closes the round, adopts the scores (one undo step) and ends the session.
 */
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { test, expect, type RunningHost } from './fixtures.ts';
import { openExampleProject } from './pages/welcome.ts';
import { chooseTheme, showView } from './pages/workspace.ts';

const SHOTS = process.env['LIVE_SHOTS'];

async function phone(browser: Browser, url: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'nl-NL' });
  const page = await ctx.newPage();
  await page.goto(url);
  return page;
}

async function choose(p: Page, criterion: string, word: string) {
  await p.getByRole('group', { name: criterion }).locator('label.option', { has: p.getByRole('radio', { name: new RegExp(`^${word}( |$)`) }) }).tap();
  await expect(p.getByRole('status')).toContainText(`${criterion}: ${word}`);
}

interface SeenDoc {
  risks: Record<string, { id: string; code: string }>;
  scores: Record<string, { riskId: string; criterion: string; value: number; session: string }>;
  scoringSessions: Record<string, { participantCount: number; status: string }>;
  sessionVotes: Record<string, { participant: string }>;
}

async function projectDoc(request: APIRequestContext, host: RunningHost): Promise<SeenDoc> {
  const call = async (method: string, args: object) => (await (await request.post(`${host.origin}/api/call`, { headers: { 'x-vlinder-token': host.secret }, data: { method, args } })).json()) as { ok: boolean; value: never };
  const [session] = (await call('project.sessions', {})).value as { sessionId: string }[];
  return ((await call('project.get', { sessionId: session!.sessionId })).value as { doc: SeenDoc }).doc;
}

async function riskScores(request: APIRequestContext, host: RunningHost, code: string): Promise<Record<string, number>> {
  const doc = await projectDoc(request, host);
  const risk = Object.values(doc.risks).find((r) => r.code === code)!;
  return Object.fromEntries(Object.values(doc.scores).filter((s) => s.riskId === risk.id && s.session === '').map((s) => [s.criterion, s.value]));
}

test('a facilitator and three phones score risks live; the agreed score is adopted as one undo step', async ({ app, host, browser, request }) => {
  test.setTimeout(120_000);
  await openExampleProject(app);
  await showView(app, 'Risicolijst');
  const before = await riskScores(request, host, 'R01');

  // Setup: all shareable risks ticked, likelihood and impact, loopback by default.
  await app.getByRole('button', { name: 'Werksessie starten' }).click();
  const setup = app.getByRole('dialog', { name: 'Werksessie: risico’s laten scoren' });
  await expect(setup.getByText('Risico’s (12 gekozen)')).toBeVisible();
  await expect(setup.getByRole('combobox', { name: 'Netwerk' })).toHaveValue('127.0.0.1');
  await setup.getByRole('button', { name: 'Sessie starten' }).click();

  // Join screen for the projector.
  const screen = app.getByRole('dialog', { name: /Werksessie/ });
  await expect(screen.getByRole('heading', { name: 'Doe mee met uw telefoon' })).toBeVisible();
  await expect(screen.getByRole('img', { name: 'QR-code met het adres van de werksessie' })).toBeVisible();
  const address = (await screen.getByTestId('live-address').textContent())!;
  const code = (await screen.getByTestId('live-code').textContent())!;
  expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(code).toMatch(/^[A-Z2-9]{6}$/);
  expect(new URL(address).port).not.toBe(new URL(host.origin).port);

  // Three phones: one through the QR link (code pre-filled), two typing the code; one anonymous.
  const phones = await Promise.all([phone(browser, `${address}/#c=${code}`), phone(browser, `${address}/`), phone(browser, `${address}/`)]);
  await expect(phones[0]!.getByLabel('Sessiecode')).toHaveValue(code);
  await phones[1]!.getByLabel('Sessiecode').fill('ZZZZZZ');
  await phones[1]!.getByRole('button', { name: 'Meedoen' }).tap();
  await expect(phones[1]!.getByRole('alert')).toHaveText('Deze code klopt niet. Kijk nog eens op het scherm in de zaal.');
  for (const [i, p] of phones.entries()) {
    if (i > 0) await p.getByLabel('Sessiecode').fill(code.toLowerCase());
    if (i < 2) await p.getByLabel(/Naam of bijnaam/).fill(['Wijkagent', 'Woonstichting'][i]!);
    await p.getByRole('button', { name: 'Meedoen' }).tap();
    await expect(p.getByRole('heading', { level: 1 })).toHaveText(/^R01 Drugslabs/);
  }
  await expect(phones[2]!.getByText('U doet anoniem mee (deelnemer 3).')).toBeVisible();
  await expect(screen.getByText('3 deelnemers').first()).toBeVisible();
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/live-join.png` });

  // Votes: two agree on likelihood, the room splits on impact.
  await choose(phones[0]!, 'Kans', 'Waarschijnlijk');
  await choose(phones[1]!, 'Kans', 'Waarschijnlijk');
  await choose(phones[2]!, 'Kans', 'Mogelijk');
  await choose(phones[0]!, 'Impact', 'Beperkt');
  await choose(phones[1]!, 'Impact', 'Catastrofaal');
  await choose(phones[2]!, 'Impact', 'Zeer ernstig');
  if (SHOTS) await phones[0]!.screenshot({ path: `${SHOTS}/live-phone.png`, fullPage: true });
  expect((await new AxeBuilder({ page: phones[0]! }).analyze()).violations).toEqual([]);

  await screen.getByRole('button', { name: 'Resultaten' }).click();
  const kans = screen.getByRole('article', { name: 'Kans' });
  const impact = screen.getByRole('article', { name: 'Impact' });
  await expect(kans.getByText('3 stemmen')).toBeVisible();
  await expect(kans.getByText('✓ Eensgezind')).toBeVisible();
  await expect(kans.getByRole('combobox')).toHaveValue('4');
  await expect(impact.getByText('⚠ Verschil van inzicht – bespreken')).toBeVisible();
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/live-dissent.png` });

  // A partner changes their mind; the facilitator's screen follows.
  await choose(phones[0]!, 'Impact', 'Zeer ernstig');
  await expect(impact.getByText('✓ Eensgezind')).toBeVisible();
  await expect(impact.getByRole('combobox')).toHaveValue('4');
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/live-results.png` });

  // Close the round: phones can no longer change the score.
  await screen.getByRole('button', { name: 'Ronde sluiten' }).click();
  await expect(phones[1]!.getByText('De ronde voor dit risico is gesloten.')).toBeVisible();
  await expect(phones[1]!.getByRole('group', { name: 'Kans' }).getByRole('radio').first()).toBeDisabled();

  // Adopt: one undo entry writes both scores; undo takes both back.
  await screen.getByRole('button', { name: 'Scores overnemen' }).click();
  await expect(screen.getByText('✓ Overgenomen in het risicoprofiel')).toBeVisible();
  await expect.poll(() => riskScores(request, host, 'R01')).toMatchObject({ likelihood: 4, impact: 4 });
  await screen.getByRole('button', { name: 'Verbergen' }).click();
  await app.keyboard.press('Control+z');
  await expect.poll(() => riskScores(request, host, 'R01')).toEqual(before);
  await app.keyboard.press('Control+Shift+z');
  await expect.poll(() => riskScores(request, host, 'R01')).toMatchObject({ likelihood: 4, impact: 4 });

  // Next risk on the phones, then the end.
  await app.getByRole('button', { name: 'Werksessie tonen' }).click();
  await screen.getByRole('button', { name: /Volgende/ }).click();
  await expect(phones[2]!.getByRole('heading', { level: 1 })).toHaveText(/^R02 /);
  await expect(phones[2]!.getByRole('group', { name: 'Kans' }).getByRole('radio').first()).toBeEnabled();
  // The keyboard steps too: PageUp back to R01, PageDown on to R02.
  await app.keyboard.press('PageUp');
  await expect(phones[2]!.getByRole('heading', { level: 1 })).toHaveText(/^R01 /);
  await app.keyboard.press('PageDown');
  await expect(phones[2]!.getByRole('heading', { level: 1 })).toHaveText(/^R02 /);
  // Keys faster than the screen (the answer to each step held back, as on a busy laptop): each
  // steps from the risk asked for last (R02 → R03 → R04 → R03 → R02), not from the one shown.
  await app.route('**/api/call', async (route) => {
    if (route.request().postData()?.includes('"live.show"')) await new Promise((r) => setTimeout(r, 400));
    await route.fallback();
  });
  for (const key of ['PageDown', 'PageDown', 'PageUp', 'PageUp']) await app.keyboard.press(key);
  await expect(screen.getByRole('heading', { level: 2 })).toContainText('R02');
  await expect(phones[2]!.getByRole('heading', { level: 1 })).toHaveText(/^R02 /);
  await app.unroute('**/api/call');
  app.once('dialog', (d) => void d.accept());
  await screen.getByRole('button', { name: 'Sessie beëindigen' }).click();
  await expect(app.getByText('Werksessie beëindigd: 6 stemmen van 3 deelnemers.')).toBeVisible();
  // The session and its six votes are kept in the project, to be saved with it.
  await expect.poll(async () => Object.values((await projectDoc(request, host)).scoringSessions)).toEqual([expect.objectContaining({ participantCount: 3, status: 'adopted' })]);
  expect(Object.keys((await projectDoc(request, host)).sessionVotes)).toHaveLength(6);
  for (const p of phones) await expect(p.getByRole('heading', { name: 'De werksessie is afgelopen' })).toBeVisible();
  for (const p of phones) await p.context().close();
});

test('the join screen and the results pass the accessibility scan in the projector theme', async ({ app, browser }) => {
  await openExampleProject(app);
  await chooseTheme(app, 'projector');
  await showView(app, 'Risicomatrix');
  await app.getByRole('button', { name: 'Werksessie starten' }).click();
  const setup = app.getByRole('dialog', { name: 'Werksessie: risico’s laten scoren' });
  await setup.getByRole('button', { name: 'Niets kiezen' }).click();
  await setup.getByRole('button', { name: 'Sessie starten' }).click();
  await expect(setup.getByRole('alert')).toHaveText('Kies ten minste één risico.');
  for (const code of ['R02', 'R03']) await setup.getByRole('checkbox', { name: new RegExp(`^${code} `) }).check();
  await setup.getByRole('checkbox', { name: 'Trend' }).check();
  await setup.getByRole('button', { name: 'Sessie starten' }).click();

  const screen = app.getByRole('dialog', { name: /Werksessie/ });
  await expect(screen.getByTestId('live-code')).toBeVisible();
  expect((await new AxeBuilder({ page: app }).include('.live-screen').analyze()).violations).toEqual([]);
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/live-join-projector.png` });

  const address = (await screen.getByTestId('live-address').textContent())!;
  const code = (await screen.getByTestId('live-code').textContent())!;
  const p = await phone(browser, `${address}/#c=${code}`);
  await p.getByRole('button', { name: 'Meedoen' }).tap();
  await expect(p.getByRole('heading', { level: 1 })).toHaveText(/^R02 /);
  await choose(p, 'Trend', 'stijgend');
  await screen.getByRole('button', { name: 'Resultaten' }).click();
  await expect(screen.getByRole('article', { name: 'Trend' }).getByText('1 stem', { exact: true })).toBeVisible();
  expect((await new AxeBuilder({ page: app }).include('.live-screen').analyze()).violations).toEqual([]);
  if (SHOTS) await app.screenshot({ path: `${SHOTS}/live-results-projector.png` });
  await p.context().close();
});
