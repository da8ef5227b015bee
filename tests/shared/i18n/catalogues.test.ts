import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../src/shared/api/errors.ts';
import { en } from '../../../src/shared/i18n/en.ts';
import { nl } from '../../../src/shared/i18n/nl.ts';
import { t } from '../../../src/shared/i18n/t.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the Dutch and English catalogues', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('have no empty messages', () => {
    for (const [key, value] of [...Object.entries(nl), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
  });

  it('have a message for every error code', () => {
    for (const code of ERROR_CODES) expect(Object.keys(nl), code).toContain(`error.${code}`);
  });

  it('fill placeholders', () => {
    expect(t('nl', 'error.file.newerVersion', { version: 4, needed: '2.1' })).toContain('bestandsversie 4');
    expect(t('en', 'error.file.newerVersion', { version: 4, needed: '2.1' })).toContain('Vlinder 2.1');
  });
});
