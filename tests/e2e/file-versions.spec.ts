/**
 * A colleague's file from an older Vlinder opens as any other: the version 1 example (kept in
 * tests/fixtures/v1) shows its register, and the file itself is not changed by opening it.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { openFromWelcome } from './pages/fileChooser.ts';
import { saveState } from './pages/workspace.ts';
import { riskButton } from './pages/canvas.ts';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

test('a file of format version 1 opens with its register, and stays as it was', async ({ app }) => {
  const dir = mkdtempSync(join(tmpdir(), 'vlinder-v1-'));
  const file = join(dir, 'van-een-collega.vlinder');
  try {
    copyFileSync('tests/fixtures/v1/gemeente-voorbeeld.vlinder', file);
    const before = sha(file);
    await openFromWelcome(app, file);
    await expect(riskButton(app, /R01 Drugslabs en drugsopslag in leegstaande agrarische panden/)).toBeVisible();
    await expect(riskButton(app, /R03 Huiselijk geweld/)).toBeVisible();
    await expect(saveState(app)).toHaveText('Opgeslagen');
    expect(sha(file)).toBe(before);
    expect(readdirSync(dir)).toEqual(['van-een-collega.vlinder']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
