/**
 * The one folding rule for "the same label" — and that every place comparing labels uses it: the
 * method rule S12, template reuse, link candidates, the palette and the register search.
 */
import { describe, expect, it } from 'vitest';
import { foldLabel, matchesQuery, queryWords, sameLabel } from '../../../src/shared/model/sameLabel.ts';
import { checkRisk } from '../../../src/shared/rules/checkRisk.ts';
import { linkCandidates } from '../../../src/renderer/panels/linkCandidates.ts';
import { filterCommands } from '../../../src/renderer/commands/palette/paletteFilter.ts';
import { builder } from '../layout/build.ts';

describe('two labels are the same label when', () => {
  it('they differ only in case', () => {
    expect(sameLabel('Toezicht Horeca', 'toezicht horeca')).toBe(true);
    expect(sameLabel('IJSSELOEVER', 'ijsseloever')).toBe(true);
  });

  it('they differ only in accents', () => {
    expect(sameLabel('Beïnvloedbaarheid', 'beinvloedbaarheid')).toBe(true);
    expect(sameLabel('Café-overlast', 'cafe-overlast')).toBe(true);
    expect(sameLabel('coördinatie', 'coordinatie')).toBe(true);
  });

  it('they differ only in white space around or between words', () => {
    expect(sameLabel('  Cameratoezicht   uitgaansgebied ', 'Cameratoezicht uitgaansgebied')).toBe(true);
    expect(sameLabel('Cameratoezicht\tuitgaansgebied', 'Cameratoezicht uitgaansgebied')).toBe(true);
  });

  it('they differ only in punctuation at the end, or in typographic quotes and dashes', () => {
    expect(sameLabel('Toezicht.', 'Toezicht')).toBe(true);
    expect(sameLabel('Toezicht!?', 'Toezicht')).toBe(true);
    expect(sameLabel('Risico’s melden', "Risico's melden")).toBe(true);
    expect(sameLabel('Pro–actie', 'pro-actie')).toBe(true);
  });
});

describe('two labels are different labels when', () => {
  it('a word or inner punctuation differs', () => {
    expect(sameLabel('pro-actie', 'pro actie')).toBe(false);
    expect(sameLabel('Toezicht, horeca', 'Toezicht horeca')).toBe(false);
    expect(sameLabel('Toezicht', 'Toezichten')).toBe(false);
  });

  it('either is empty or blank', () => {
    expect(sameLabel('', '')).toBe(false);
    expect(sameLabel('  ', '')).toBe(false);
  });
});

describe('a search query', () => {
  it('is folded word by word and matches words in any order', () => {
    expect(queryWords('  Horeca,  TOEZICHT. ')).toEqual(['horeca', 'toezicht']);
    expect(foldLabel('Cafés')).toBe('cafes');
    expect(matchesQuery('Toezicht in de horeca', 'horeca toezicht')).toBe(true);
    expect(matchesQuery('Toezicht in de horeca', 'horeca cameras')).toBe(false);
    expect(matchesQuery('anything', '   ')).toBe(true);
  });
});

describe('every comparison of labels uses the one rule', () => {
  it('rule S12 sees an accent-only difference as the same label', () => {
    const b = builder();
    const r1 = b.risk({ code: 'R1' });
    const r2 = b.risk({ code: 'R2' });
    b.cause(r1, 'Coördinatie ontbreekt');
    b.cause(r2, 'coordinatie ontbreekt.');
    expect(checkRisk(b.doc, r2, { rules: ['S12'] }).map((f) => f.ruleId)).toEqual(['S12']);
  });

  it('link candidates and the palette find a label typed without its accents', () => {
    const b = builder();
    const r1 = b.risk({ code: 'R1' });
    const r2 = b.risk({ code: 'R2' });
    b.cause(r1, 'Coördinatie ontbreekt');
    expect(linkCandidates(b.doc, r2, { kind: 'cause' }, 'coordinatie').map((c) => c.label)).toEqual(['Coördinatie ontbreekt']);
    const items = [{ id: 'x', label: 'Coördinatie tonen', shortcuts: [], enabled: true }];
    expect(filterCommands(items, 'COORDINATIE').map((i) => i.id)).toEqual(['x']);
  });
});
