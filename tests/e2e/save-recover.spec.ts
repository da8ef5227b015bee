/**
 * Never lose work, as a user meets it in browser mode: save to a .vlinder file, reopen it; a host
 * that is killed mid-session offers the unsaved work for recovery at the next start.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, startHost, test } from './fixtures.ts';
import { answerSaveAs, openFromWelcome } from './pages/fileChooser.ts';
import { addRisk, riskButton } from './pages/canvas.ts';
import { startNewProject, welcomeHeading } from './pages/welcome.ts';
import { closeProject, saveState } from './pages/workspace.ts';

test('save as a .vlinder file, close, and open it again by path', async ({ app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-save-'));
  const file = join(dir, 'veiligheidsanalyse.vlinder');
  try {
    await startNewProject(app);
    await addRisk(app, 'Woninginbraken in de wijk');
    await expect(riskButton(app, /R01 Woninginbraken in de wijk/)).toBeVisible();
    await expect(saveState(app)).toHaveText('Nog niet als bestand opgeslagen');

    // Browser mode has no native dialog: Vlinder's own file chooser asks for the path.
    await app.keyboard.press('Control+S');
    await answerSaveAs(app, file);
    await expect(saveState(app)).toHaveText('Opgeslagen');
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(dir)).toEqual(['veiligheidsanalyse.vlinder']); // no -wal, -shm or temp file beside it

    await closeProject(app);
    await openFromWelcome(app, file);
    await expect(riskButton(app, /R01 Woninginbraken in de wijk/)).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file that is not a Vlinder project gets a clear Dutch message and nothing opens', async ({ app }) => {
  await openFromWelcome(app, '/etc/hostname');
  await expect(app.getByRole('alert')).toContainText('Dit is geen Vlinder-bestand');
  await expect(welcomeHeading(app)).toBeVisible();
});

test('after the host is killed, the next start offers the unsaved work for recovery', async ({ browser }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vlinder-recover-'));
  try {
    const first = await startHost({ dataDir });
    const page = await browser.newPage();
    await page.goto(first.url);
    await startNewProject(page);
    await addRisk(page, 'Overlast rond het station');
    await expect(riskButton(page, /R01 Overlast rond het station/)).toBeVisible();
    await expect(saveState(page)).toHaveText('Nog niet als bestand opgeslagen');
    process.kill(-first.process.pid!, 'SIGKILL');
    await new Promise((r) => first.process.once('exit', r));
    await page.close();

    const second = await startHost({ dataDir });
    try {
      const again = await browser.newPage();
      await again.goto(second.url);
      await expect(again.getByRole('heading', { name: 'Niet-opgeslagen werk gevonden' })).toBeVisible();
      await again.getByRole('button', { name: 'Herstellen' }).click();
      await expect(riskButton(again, /R01 Overlast rond het station/)).toBeVisible();
    } finally {
      await second.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
