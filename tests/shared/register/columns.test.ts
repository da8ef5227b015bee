import { describe, expect, it } from 'vitest';
import { defaultScales } from '../../../src/shared/scales/defaults.ts';
import { availableTargets, detectMapping } from '../../../src/shared/register/columns.ts';
import { toSheetTable } from '../../../src/shared/register/sheetTable.ts';

const scales = defaultScales();

describe('recognising the columns of a list', () => {
  it('maps Dutch headers, with hints in brackets and odd spelling', () => {
    expect(detectMapping(['Nr.', 'Titel', 'Veld', 'Thema', 'Gebied', 'Kans (1-5)', 'IMPACT', 'Advies', 'Status', 'Trend', 'Beinvloedbaarheid', 'Urgentie'], scales)).toEqual([
      'code',
      'title',
      'field',
      'theme',
      'areas',
      'score:likelihood',
      'score:impact',
      'priority',
      'status',
      'score:trend',
      'score:influenceability',
      'score:urgency',
    ]);
  });

  it('maps English headers', () => {
    expect(detectMapping(['Code', 'Title', 'Field', 'Theme', 'Area', 'Likelihood', 'Impact', 'Priority'], scales)).toEqual([
      'code',
      'title',
      'field',
      'theme',
      'areas',
      'score:likelihood',
      'score:impact',
      'priority',
    ]);
  });

  it('does not import computed columns and unknown ones, and maps a target only once', () => {
    expect(detectMapping(['Titel', 'Score', 'Klasse', 'Eigenaar', 'Titel'], scales)).toEqual(['title', null, null, null, null]);
  });

  it('takes the description as title when the list has no title column', () => {
    expect(detectMapping(['Code', 'Omschrijving', 'Kans'], scales)).toEqual(['code', 'title', 'score:likelihood']);
  });

  it('offers impact dimensions and extra criteria only when they are switched on', () => {
    const withDims = { ...scales, impactDimensions: scales.impactDimensions.map((d) => ({ ...d, enabled: d.id === 'persons' })) };
    expect(availableTargets(withDims)).toContain('score:impact.persons');
    expect(availableTargets(withDims)).not.toContain('score:impact.financial');
    expect(availableTargets(scales)).not.toContain('score:evidence');
    expect(detectMapping(['Titel', 'Impact personen', 'Impact: Financieel'], withDims)).toEqual(['title', 'score:impact.persons', null]);
  });
});

describe('finding the table in a sheet', () => {
  it('skips a title line above the header row and drops empty rows', () => {
    const table = toSheetTable(
      [
        ['Risicolijst Gemeente Voorbeeld 2027'],
        [],
        ['Code', 'Titel', 'Kans', 'Impact', ''],
        ['R01', ' Woninginbraak ', 3, 4],
        ['', '', '', ''],
        ['R02', 'Drugsoverlast', '2', '', 'extra'],
      ],
      scales,
    );
    expect(table.headers).toEqual(['Code', 'Titel', 'Kans', 'Impact']);
    expect(table.rows).toEqual([
      { line: 4, cells: ['R01', 'Woninginbraak', '3', '4'] },
      { line: 6, cells: ['R02', 'Drugsoverlast', '2', ''] },
    ]);
  });
});
