/** How the parts of a difference are written, in both UI languages. */
import { describe, expect, it } from 'vitest';
import { fieldName, shortValue, tableNoun, when } from '../../../src/shared/merge/text.ts';

describe('merge text', () => {
  it('names a field in the UI language, and an unknown one as the file calls it', () => {
    expect(fieldName('nl', 'centralEvent')).toBe('centrale gebeurtenis');
    expect(fieldName('en', 'centralEvent')).toBe('central event');
    expect(fieldName('nl', 'somethingNew')).toBe('somethingNew');
  });

  it('writes text in quotes, empty as empty, and cuts a long value to one line', () => {
    expect(shortValue('nl', 'Brand')).toBe('“Brand”');
    expect(shortValue('nl', '')).toBe('(leeg)');
    expect(shortValue('en', null)).toBe('(empty)');
    expect(shortValue('nl', ['a', 'b'])).toBe('["a","b"]');
    const long = shortValue('nl', 'x'.repeat(200));
    expect(long).toHaveLength(78);
    expect(long.endsWith('…')).toBe(true);
  });

  it('names tables as nouns in the reader’s language and writes moments readably', () => {
    expect(tableNoun('nl', 'measures')).toBe('maatregel');
    expect(tableNoun('en', 'measures')).toBe('measure');
    expect(tableNoun('en', 'escalationFactors')).toBe('escalation factor');
    expect(tableNoun('nl', 'project')).toBe('project');
    expect(when('nl', '2026-12-03T10:15:00.000Z')).toMatch(/2026/);
    expect(when('nl', '2026-12-03T10:15:00.000Z')).not.toContain('T10');
    expect(when('nl', 'geen tijd')).toBe('geen tijd');
  });
});
