import { describe, expect, it } from 'vitest';
import { defaultScales } from '../../../src/shared/scales/defaults.ts';
import { parseOption, parsePriority, parseScaleClass, parseStatus, splitList } from '../../../src/shared/register/parseValues.ts';

const numeric = defaultScales('numeric');
const letters = defaultScales('letters');
const trend = numeric.criteria.find((c) => c.id === 'trend')!;
const urgency = numeric.criteria.find((c) => c.id === 'urgency')!;

describe('reading a scale class from a cell', () => {
  it('reads codes, labels, code with label, and Excel numbers', () => {
    expect(parseScaleClass('3', numeric.likelihood)).toBe(3);
    expect(parseScaleClass('3,0', numeric.likelihood)).toBe(3);
    expect(parseScaleClass('Waarschijnlijk', numeric.likelihood)).toBe(4);
    expect(parseScaleClass('zeer ernstig', numeric.impact)).toBe(4);
    expect(parseScaleClass('2 - Onwaarschijnlijk', numeric.likelihood)).toBe(2);
    expect(parseScaleClass('C', letters.likelihood)).toBe(3);
    expect(parseScaleClass('c (mogelijk)', letters.likelihood)).toBe(3);
  });

  it('maps the regional A–E classes onto a 1–5 scale and plain level words', () => {
    expect(parseScaleClass('C', numeric.likelihood)).toBe(3);
    expect(parseScaleClass('E', numeric.impact)).toBe(5);
    expect(parseScaleClass('Hoog', numeric.likelihood)).toBe(4);
    expect(parseScaleClass('zeer laag', numeric.impact)).toBe(1);
    expect(parseScaleClass('Gemiddeld', numeric.impact)).toBe(3);
  });

  it('prefers the scale’s own labels over level words', () => {
    // "Beperkt" is class 1 of the default impact scale.
    expect(parseScaleClass('Beperkt', numeric.impact)).toBe(1);
  });

  it('says null for an empty cell and undefined for something off the scale', () => {
    expect(parseScaleClass('  ', numeric.likelihood)).toBeNull();
    expect(parseScaleClass('6', numeric.likelihood)).toBeUndefined();
    expect(parseScaleClass('F', numeric.likelihood)).toBeUndefined();
    expect(parseScaleClass('misschien', numeric.likelihood)).toBeUndefined();
    expect(parseScaleClass('2.5', numeric.likelihood)).toBeUndefined();
  });
});

describe('reading extra criteria, status and advice', () => {
  it('reads options by label, number and trend symbols', () => {
    expect(parseOption('stijgend', trend)).toBe(4);
    expect(parseOption('↑', trend)).toBe(4);
    expect(parseOption('--', trend)).toBe(1);
    expect(parseOption('=', trend)).toBe(3);
    expect(parseOption('Binnen 1 jaar', urgency)).toBe(4);
    expect(parseOption('5', urgency)).toBe(5);
    expect(parseOption('', urgency)).toBeNull();
    expect(parseOption('morgen', urgency)).toBeUndefined();
    expect(parseOption('9', urgency)).toBeUndefined();
  });

  it('reads status and priority advice in Dutch and English', () => {
    expect(parseStatus('Geselecteerd')).toBe('selected');
    expect(parseStatus('worked out')).toBe('workedOut');
    expect(parseStatus('Lange lijst')).toBe('longlist');
    expect(parseStatus('')).toBeNull();
    expect(parseStatus('klaar?')).toBeUndefined();
    expect(parsePriority('Prioriteit')).toBe('priority');
    expect(parsePriority('Overig strategisch thema')).toBe('strategic');
    expect(parsePriority('beheersniveau')).toBe('management');
    expect(parsePriority('Management level')).toBe('management');
    expect(parsePriority('hoog')).toBeUndefined();
  });

  it('splits a list of areas', () => {
    expect(splitList('Centrum; Noord, Buitengebied\nWK001401')).toEqual(['Centrum', 'Noord', 'Buitengebied', 'WK001401']);
  });
});
