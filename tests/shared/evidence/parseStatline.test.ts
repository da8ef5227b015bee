/** Reading police and CBS StatLine CSV files: the awkward parts of the real formats, and bad files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvidenceError } from '../../../src/shared/evidence/evidenceError.ts';
import { baseName, parseStatlineCsv } from '../../../src/shared/evidence/parseStatline.ts';
import { readEvidenceCsv } from '../../../src/shared/evidence/readEvidence.ts';

const DIR = join(import.meta.dirname, '../../fixtures/evidence');
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const parse = (name: string, tableId?: string) => readEvidenceCsv(read(name), { fileName: name, downloadedAt: '2025-01-15', ...(tableId ? { tableId } : {}) });

function errorOf(fn: () => unknown): EvidenceError {
  try {
    fn();
  } catch (err) {
    if (err instanceof EvidenceError) return err;
    throw err;
  }
  throw new Error('no error');
}

describe('police monthly crime per buurt (47022NED)', () => {
  const result = parse('47022NED_TypedDataSet_20250115.csv');

  it('knows the table from the file name and reads every area, period and kind, trimmed', () => {
    expect(result).toMatchObject({ source: 'politie', tableId: '47022NED', downloadedAt: '2025-01-15', lines: 16, skippedOtherAreas: 1 });
    expect(result.observations).toHaveLength(15);
    expect(new Set(result.observations.map((o) => o.area))).toEqual(new Set(['GM0344', 'WK034401', 'BU03440101']));
    expect(new Set(result.observations.map((o) => o.kind))).toEqual(new Set(['1.1.1', '2.2.1']));
    expect(result.observations[0]).toEqual({ source: 'politie', tableId: '47022NED', downloadedAt: '2025-01-15', area: 'GM0344', period: '2024MM01', kind: '1.1.1', measure: 'GeregistreerdeMisdrijven', value: 212 });
  });

  it('keeps a suppressed value as suppressed, not as zero', () => {
    const feb = result.observations.find((o) => o.area === 'BU03440101' && o.period === '2024MM02');
    expect(feb?.value).toBeNull();
  });
});

describe('CBS per gemeente per year (83648NED): suffixes that change per year', () => {
  it('matches measure columns on the name without their numbered suffix', () => {
    const a = parse('83648NED_2023.csv');
    const b = parse('83648NED_2024.csv');
    const measures = (r: typeof a) => [...new Set(r.observations.map((o) => o.measure))].sort();
    expect(measures(a)).toEqual(['GeregistreerdeMisdrijven', 'GeregistreerdeMisdrijvenPer1000Inwoners']);
    expect(measures(b)).toEqual(measures(a));
    expect(a).toMatchObject({ source: 'cbs', tableId: '83648NED', skippedOtherAreas: 1 });
    expect(b.observations.find((o) => o.kind === '1.1.1' && o.measure === 'GeregistreerdeMisdrijvenPer1000Inwoners')?.value).toBe(5.5);
    expect(baseName('GeregistreerdeMisdrijven_12')).toBe('GeregistreerdeMisdrijven');
  });

  it('without a table id in the name, recognises the table by its columns', () => {
    const r = parseStatlineCsv(read('83648NED_2023.csv'), { fileName: 'download.csv', downloadedAt: '2025-01-15' });
    expect(r.tableId).toBe('83648NED');
  });
});

describe('bad files: a Dutch error naming the line, nothing read', () => {
  it.each([
    ['bad-period.csv', 'evidence.error.period', { line: 3, value: '2024M02' }],
    ['bad-area.csv', 'evidence.error.area', { line: 4, value: 'Utrecht' }],
    ['bad-value.csv', 'evidence.error.value', { line: 3, column: 'GeregistreerdeMisdrijven_1', value: '1x7' }],
    ['bad-columns.csv', 'evidence.error.columns', { line: 3, count: 4, expected: 5 }],
  ])('%s', (name, key, params) => {
    const err = errorOf(() => parse(name));
    expect(err.key).toBe(key);
    expect(err.params).toEqual(params);
  });

  it('refuses a file of another table than its name (or the user) says', () => {
    const err = errorOf(() => parse('47022NED_wrongtable.csv'));
    expect(err.key).toBe('evidence.error.otherTable');
    expect(err.params).toMatchObject({ expected: '47022NED', found: '83648NED' });
    expect(errorOf(() => parse('83648NED_2023.csv', '47024NED')).key).toBe('evidence.error.otherTable');
    expect(errorOf(() => parse('83648NED_2023.csv', '12345NED')).key).toBe('evidence.error.unknownTable');
  });

  it('explains that a labelled StatLine export has no codes; an empty file and a file without header are named as such', () => {
    expect(errorOf(() => parse('labels-export.csv')).key).toBe('evidence.error.labels');
    expect(errorOf(() => readEvidenceCsv('', { fileName: 'x.csv', downloadedAt: '2025-01-01' })).key).toBe('evidence.error.empty');
    expect(errorOf(() => parseStatlineCsv('a;b\n1;2\n', { fileName: 'x.csv', downloadedAt: '2025-01-01' })).key).toBe('evidence.error.noHeader');
  });

  it('refuses the same area, period and kind twice', () => {
    const text = `${read('83648NED_2024.csv')}2;"1.1.1 ";"GM0344";"2024JJ00";"1";"1.0"\r\n`;
    expect(errorOf(() => readEvidenceCsv(text, { fileName: '83648NED.csv', downloadedAt: '2025-01-01' })).params).toMatchObject({ line: 4, area: 'GM0344' });
  });
});
