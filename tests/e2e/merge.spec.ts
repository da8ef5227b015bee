/**
 * Two copies of one project, edited apart (one field in both): in the app Vergelijken… lists the
 * differences per risk and marks the changed boxes by side; Samenvoegen… asks about the conflict,
 * merges as one undo step (Ctrl+Z and Ctrl+Shift+Z), and the save records both parents.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { addRisk, centralEvent, centralEventField, riskButton } from './pages/canvas.ts';
import { answerSaveAs, openFromWelcome } from './pages/fileChooser.ts';
import { newProjectButton, startNewProject } from './pages/welcome.ts';
import { closeProject, commandPalette, saveState, settled } from './pages/workspace.ts';

const SHOTS = process.env['MERGEUI_SHOTS'] === '1';

interface Info {
  lastSave: { id: string; parentId: string | null; mergeParentId: string | null } | null;
}
/** `vlinder diff --json` on two files: each copy's last save. */
function lastSaves(mine: string, theirs: string): { mine: Info; theirs: Info } {
  return JSON.parse(execFileSync(process.execPath, ['bin/vlinder.mjs', 'diff', mine, theirs, '--json'], { encoding: 'utf8' })) as { mine: Info; theirs: Info };
}

const hazardField = (page: Page) => page.getByRole('textbox', { name: 'Gevaar', exact: true });

async function setField(field: ReturnType<typeof hazardField>, value: string) {
  await field.fill(value);
  await field.press('Enter');
}

async function runCommand(page: Page, words: string) {
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+k');
  await expect(commandPalette(page)).toBeVisible();
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
}

async function chooseOther(page: Page, path: string) {
  const field = page.getByRole('dialog', { name: 'De andere kopie van dit project kiezen' }).getByLabel('Pad naar een .vlinder-bestand');
  await field.fill(path);
  await field.press('Enter');
}

test('compare and merge two copies of one project in the app', async ({ app }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-merge-'));
  const base = join(dir, 'wijkscan.vlinder');
  const theirs = join(dir, 'wijkscan-anna.vlinder');
  try {
    // The common version: two risks, saved.
    await startNewProject(app);
    await addRisk(app, 'Overlast door jongeren');
    await expect(riskButton(app, /^R01 Overlast door jongeren$/)).toBeVisible();
    await setField(hazardField(app), 'Alcohol op straat');
    await setField(centralEventField(app), 'Vechtpartij');
    await addRisk(app, 'Woninginbraken');
    await expect(riskButton(app, /^R02 Woninginbraken$/)).toBeVisible();
    await setField(hazardField(app), 'Open ramen');
    await settled(app);
    await app.keyboard.press('Control+s');
    await answerSaveAs(app, base);
    await expect(saveState(app)).toHaveText('Opgeslagen');

    // Theirs: edited on from there and saved under another name.
    await setField(hazardField(app), 'Lege woningen in de vakantie');
    await riskButton(app, /^R01 Overlast door jongeren$/).click();
    await setField(centralEventField(app), 'Vechtpartij op het plein');
    await setField(hazardField(app), 'Alcohol en drugs op straat');
    await settled(app);
    await app.keyboard.press('Control+Shift+S');
    await answerSaveAs(app, theirs);
    await expect(saveState(app)).toHaveText('Opgeslagen');
    await closeProject(app);

    // Mine: the common version, edited otherwise (the central event of R01 in both).
    await openFromWelcome(app, base);
    await riskButton(app, /^R01 Overlast door jongeren$/).click();
    await expect(centralEventField(app)).toHaveValue('Vechtpartij');
    await setField(centralEventField(app), 'Ruzie bij de snackbar');
    await setField(hazardField(app), 'Alcoholgebruik op straat');
    await settled(app);
    const before = lastSaves(base, theirs);

    // Vergelijken…: the differences per risk, and the marks on the bow-tie.
    await runCommand(app, 'Vergelijken');
    await chooseOther(app, theirs);
    const panel = app.getByRole('complementary', { name: 'Vergelijking met een kopie' });
    const r01 = panel.getByRole('region', { name: 'Risico R01 Overlast door jongeren' });
    const r02 = panel.getByRole('region', { name: 'Risico R02 Woninginbraken' });
    await expect(r01).toContainText('gewijzigd in beide versies');
    // Both copies changed the same two fields of R01: two conflicts, each side's value marked as changed.
    await expect(r01.getByRole('row', { name: /centrale gebeurtenis ! conflict/ })).toContainText('✎ “Ruzie bij de snackbar”✎ “Vechtpartij op het plein”');
    await expect(r01.getByRole('row', { name: /gevaar ! conflict/ })).toContainText('✎ “Alcoholgebruik op straat”✎ “Alcohol en drugs op straat”');
    await expect(r02).toContainText('gewijzigd in de andere versie');
    // Only theirs changed R02's hazard: their value carries the mark, mine's the old value.
    await expect(r02.getByRole('row', { name: /gevaar/ })).toContainText('“Open ramen”✎ “Lege woningen in de vakantie”');
    await expect(r02.getByRole('row', { name: /gevaar/ })).not.toContainText('conflict');
    await expect(app.locator('.bt-node.is-compared')).toHaveCount(2);
    await expect(app.locator('.bt-event.is-compared.compared-both.is-conflict .bt-compare-badge')).toHaveText('!M+A');
    await expect(centralEvent(app)).toHaveAccessibleName(/gewijzigd in beide versies \(conflict\)$/);
    if (SHOTS) await app.screenshot({ path: '/tmp/mergeui-compare.png' });
    if (SHOTS) await app.locator('.bowtie-canvas').screenshot({ path: '/tmp/mergeui-canvas-conflict.png' });

    // R02 was changed in theirs only: marked with their pattern; hidden when only mine's changes are shown.
    await r02.getByRole('button', { name: 'Vlinderdas tonen' }).click();
    await expect(hazardField(app)).toHaveValue('Open ramen');
    await expect(app.locator('.bt-node.is-compared')).toHaveCount(1);
    await expect(app.locator('.bt-hazard.is-compared.compared-theirs .bt-compare-badge')).toHaveText('✎A');
    if (SHOTS) await app.locator('.bowtie-canvas').screenshot({ path: '/tmp/mergeui-canvas.png' });
    await panel.getByRole('radio', { name: 'Mijn wijzigingen' }).check();
    await expect(app.locator('.bt-node.is-compared')).toHaveCount(0);
    await expect(r02).toHaveCount(0);
    await panel.getByRole('radio', { name: 'Wijzigingen in de andere versie' }).check();
    await expect(app.locator('.bt-node.is-compared')).toHaveCount(1);
    await panel.getByRole('radio', { name: 'Beide' }).check();
    await riskButton(app, /^R01 Overlast door jongeren$/).click();

    // Samenvoegen…: the conflicts decided one by one with the keyboard; R02 is taken without asking.
    await runCommand(app, 'Samenvoegen');
    await chooseOther(app, theirs);
    const dialog = app.getByRole('dialog', { name: /^Samenvoegen met/ });
    await expect(dialog).toContainText('Zonder vraag overgenomen: 0 wijzigingen uit mijn versie en 1 uit de andere versie.');
    const event = dialog.getByRole('group', { name: 'Conflict 1: risico “R01 Overlast door jongeren” — centrale gebeurtenis' });
    const hazard = dialog.getByRole('group', { name: 'Conflict 2: risico “R01 Overlast door jongeren” — gevaar' });
    await expect(event.getByRole('radio', { name: /Mijn versie/ })).toHaveAccessibleName(/“Ruzie bij de snackbar”/);
    await expect(event.getByRole('radio', { name: /De andere versie/ })).toHaveAccessibleName(/“Vechtpartij op het plein”/);
    const apply = dialog.getByRole('button', { name: 'Samenvoegen', exact: true });
    await expect(apply).toBeDisabled();
    await event.getByRole('radio', { name: /Mijn versie/ }).focus();
    await app.keyboard.press('ArrowRight');
    await expect(event.getByRole('radio', { name: /De andere versie/ })).toBeChecked();
    await expect(dialog).toContainText('Nog te beslissen: 1 van 2 conflicten.');
    await expect(apply).toBeDisabled();
    await app.keyboard.press('Tab');
    await expect(hazard.getByRole('radio', { name: /Mijn versie/ })).toBeFocused();
    await app.keyboard.press('Space');
    await expect(hazard.getByRole('radio', { name: /Mijn versie/ })).toBeChecked();
    await expect(dialog).toContainText('Alle conflicten zijn beslist.');
    if (SHOTS) await app.screenshot({ path: '/tmp/mergeui-dialog.png' });
    await apply.click();
    await expect(dialog).toBeHidden();
    await expect(centralEventField(app)).toHaveValue('Vechtpartij op het plein');
    await expect(hazardField(app)).toHaveValue('Alcoholgebruik op straat');
    await expect(saveState(app)).not.toHaveText('Opgeslagen');
    await expect(panel).toBeHidden();

    // One Ctrl+Z is the whole merge; Ctrl+Shift+Z brings it back.
    await app.locator('body').click({ position: { x: 5, y: 5 } });
    await app.keyboard.press('Control+z');
    await expect(centralEventField(app)).toHaveValue('Ruzie bij de snackbar');
    await expect(hazardField(app)).toHaveValue('Alcoholgebruik op straat');
    await riskButton(app, /^R02 Woninginbraken$/).click();
    await expect(hazardField(app)).toHaveValue('Open ramen');
    await app.locator('body').click({ position: { x: 5, y: 5 } });
    await app.keyboard.press('Control+Shift+Z');
    await riskButton(app, /^R02 Woninginbraken$/).click();
    await expect(hazardField(app)).toHaveValue('Lege woningen in de vakantie');
    await riskButton(app, /^R01 Overlast door jongeren$/).click();
    await expect(centralEventField(app)).toHaveValue('Vechtpartij op het plein');

    // Saved: the new save descends from both copies' last saves.
    await settled(app);
    await app.keyboard.press('Control+s');
    await expect(saveState(app)).toHaveText('Opgeslagen');
    const after = lastSaves(base, theirs);
    expect(after.mine.lastSave?.parentId).toBe(before.mine.lastSave?.id);
    expect(after.mine.lastSave?.mergeParentId).toBe(before.theirs.lastSave?.id);
    expect(before.theirs.lastSave?.id).toBeTruthy();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file that is no copy of the open project, or no project at all, is refused in words', async ({ app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-merge-'));
  try {
    const other = join(dir, 'ander-project.vlinder');
    const broken = join(dir, 'kapot.vlinder');
    writeFileSync(broken, 'dit is geen project');
    await startNewProject(app);
    await addRisk(app, 'Overlast door jongeren');
    await app.keyboard.press('Control+s');
    await answerSaveAs(app, other);
    await expect(saveState(app)).toHaveText('Opgeslagen');
    await closeProject(app);
    await newProjectButton(app).first().click();
    await addRisk(app, 'Woninginbraken');
    await settled(app);

    await runCommand(app, 'Vergelijken');
    await chooseOther(app, other);
    const panel = app.getByRole('complementary', { name: 'Vergelijking met een kopie' });
    await expect(panel.getByRole('alert')).toContainText('zijn geen kopieën van hetzelfde project, dus ze kunnen niet worden vergeleken of samengevoegd');
    if (SHOTS) await app.screenshot({ path: '/tmp/mergeui-refused.png' });
    await runCommand(app, 'Samenvoegen');
    await chooseOther(app, broken);
    const dialog = app.getByRole('dialog', { name: /^Samenvoegen met/ });
    await expect(dialog.getByRole('alert')).not.toBeEmpty();
    await expect(dialog.getByRole('button', { name: 'Samenvoegen', exact: true })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect(dialog).toBeHidden();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
