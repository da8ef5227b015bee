import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_TABLES } from '../../src/main/storage/columns.ts';

const doc = readFileSync(new URL('../../docs/file-format.md', import.meta.url), 'utf8');

describe('docs/file-format.md', () => {
  it('documents every table and every column', () => {
    for (const t of ALL_TABLES) {
      expect(doc, `table ${t.sql}`).toContain(`\`${t.sql}\``);
      for (const c of t.columns) expect(doc, `column ${t.sql}.${c.sql}`).toContain(`\`${c.sql}\``);
    }
  });
});
