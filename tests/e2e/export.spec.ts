/**
 * Exporting from the app in real Chromium through the web host: the export dialog checks for
 * personal data first, writes the chosen documents into a folder with progress, and the files
 * are there afterwards; the publication variant holds no confidential text.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { test as base, expect } from '@playwright/test';
import type { ProjectDoc } from '../../src/shared/model/doc.ts';
import { writeVlinderFile } from '../builders/vlinderFile.ts';
import { reportFixture } from '../shared/report/fixture.ts';
import { startHost, type RunningHost } from './fixtures.ts';
import { exportDialog, openExportDialog } from './pages/workspace.ts';

const projectFile = (dir: string, doc: ProjectDoc) => writeVlinderFile(dir, doc);

async function documentText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
}

const test = base.extend<{ dir: string }>({
  dir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'vlinder-e2e-export-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
});

async function openWith(page: import('@playwright/test').Page, dir: string, doc: ProjectDoc): Promise<RunningHost> {
  const host = await startHost({ args: [projectFile(dir, doc)] });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'IVRP Teststad' })).toBeVisible();
  return host;
}

test('export the IVRP report and diagrams into a folder, with progress', async ({ page, dir }) => {
  const host = await openWith(page, dir, reportFixture().doc);
  try {
    await openExportDialog(page);
    const dialog = exportDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId('export-privacy')).toContainText('Geen persoonsgegevens gevonden.');
    await dialog.getByLabel('IVP-hoofdstukken, alle prioriteiten in één bestand (Word)').check();
    await dialog.getByLabel('Diagrammen als PNG').check();
    const out = join(dir, 'exports');
    await dialog.getByRole('textbox', { name: 'Map' }).fill(out);
    await dialog.getByRole('button', { name: 'Exporteren', exact: true }).click();
    await expect(dialog.getByText(/Klaar: \d+ bestand\(en\) geschreven in/)).toBeVisible({ timeout: 60_000 });
    const files = readdirSync(out);
    const ivrp = files.find((f) => /^IVRP Gemeente Teststad \d{4}\.docx$/.test(f));
    expect(ivrp).toBeTruthy();
    expect(files).toContain('IVP Gemeente Teststad uitwerking prioriteiten.docx');
    expect(readdirSync(join(out, 'Diagrammen')).filter((f) => f.endsWith('.png'))).toHaveLength(4);
    expect(await documentText(join(out, ivrp!))).toContain('Risicobeoordeling');
    await page.screenshot({ path: 'test-results/export-dialog.png' });
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
    await expect(dialog).toBeHidden();
  } finally {
    await host.stop();
  }
});

test('personal data must be looked at before exporting; the publication leaves out what is confidential', async ({ page, dir }) => {
  const { doc, ids } = reportFixture();
  doc.risks[ids['r1']!] = { ...doc.risks[ids['r1']!]!, evidence: 'Melding door bewoner, 06-12345678.' };
  const host = await openWith(page, dir, doc);
  try {
    await page.keyboard.press('Control+e');
    const dialog = exportDialog(page);
    const privacy = dialog.getByTestId('export-privacy');
    // The scan runs in the host after the dialog opens; on a loaded machine it can take seconds.
    await expect(privacy).toContainText('1 mogelijke persoonsgegevens gevonden.', { timeout: 20_000 });
    await expect(privacy).toContainText('telefoonnummer: 06-12345678 (R01 · onderbouwing)');
    await dialog.getByRole('textbox', { name: 'Map' }).fill(join(dir, 'pub'));
    const start = dialog.getByRole('button', { name: 'Exporteren', exact: true });
    await expect(start).toBeDisabled();
    await dialog.getByLabel('Publicatieversie: zonder vertrouwelijke onderdelen').check();
    await dialog.getByLabel('Ik heb de meldingen bekeken en wil toch exporteren').check();
    await expect(start).toBeEnabled();
    await start.click();
    await expect(dialog.getByText(/Klaar: 1 bestand\(en\)/)).toBeVisible({ timeout: 60_000 });
    const file = readdirSync(join(dir, 'pub'))[0]!;
    expect(file).toMatch(/\(publicatie\)\.docx$/);
    const text = await documentText(join(dir, 'pub', file));
    expect(text).not.toContain('GEHEIM');
    expect(text).toContain('Publicatieversie');
    expect(existsSync(join(dir, 'pub', file))).toBe(true);
  } finally {
    await host.stop();
  }
});
