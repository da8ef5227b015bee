/**
 * The one rule for characters XML cannot hold, and the object check's refusal of keys that reach
 * a prototype: both apply wherever a value crosses a boundary, because they live in `c`.
 */
import fc from 'fast-check';
import { refusalOf } from '../../storage/inDutch.ts';
import { describe, expect, it } from 'vitest';
import { c, CheckError } from '../../../src/shared/model/check.ts';
import { cleanXmlText, hasXmlInvalid } from '../../../src/shared/model/xmlText.ts';
import { parseInterchange, stringifyInterchange } from '../../../src/shared/model/interchange.ts';
import { baseDoc } from './arbitraries.ts';

describe('the XML text rule', () => {
  it('replaces exactly the characters XML 1.0 forbids and keeps the length', () => {
    expect(cleanXmlText('a\u0000b\u0008c\u000bd\u000ce\u001ff\uFFFEg\uFFFFh')).toBe('a\uFFFDb\uFFFDc\nd\ne\uFFFDf\uFFFDg\uFFFDh');
    expect(cleanXmlText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    for (const kept of ['tab\there', 'line\nfeed', 'cr\r\n', 'emoji 👩‍👩‍👧', 'שלום', '\uFFFD', '\u007f\u0085', '\uFDD0', 'plane 16 \u{10FFFD}']) {
      expect(cleanXmlText(kept)).toBe(kept);
    }
  });

  it('leaves nothing XML forbids, changes nothing else, and is idempotent (any string)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const out = cleanXmlText(s);
        expect(hasXmlInvalid(out)).toBe(false);
        expect(out.length).toBe(s.length);
        expect(cleanXmlText(out)).toBe(out);
        if (!hasXmlInvalid(s)) expect(out).toBe(s);
      }),
      { numRuns: 200 },
    );
  });

  it('is applied by every text check, but not to file paths', () => {
    expect(c.string()('a\uFFFFb')).toBe('a\uFFFDb');
    expect(c.array(c.string())(['\u0007'])).toEqual(['\uFFFD']);
    expect(c.string({ verbatim: true })('/tmp/a\uFFFF')).toBe('/tmp/a\uFFFF');
  });

  it('cleans JSON interchange on import, so the document holds only what XML can hold', () => {
    const doc = baseDoc(1);
    doc.project.title = 'Project \uFFFE';
    const json = stringifyInterchange(doc);
    expect(json).toContain('\uFFFE');
    expect(parseInterchange(json).doc.project.title).toBe('Project \uFFFD');
    expect(parseInterchange(json.replace('Project \uFFFE', 'Project \\u0007')).doc.project.title).toBe('Project \uFFFD');
  });
});

describe('keys that reach a prototype', () => {
  const point = c.object({ x: c.number() });
  const table = c.record(c.number());

  it('are refused by the object check, wherever they come from', () => {
    for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
      const value = JSON.parse(`{"x": 1, "${key}": {"polluted": true}}`);
      expect(() => point(value, 'p'), key).toThrow(CheckError);
    }
    expect(() => point(JSON.parse('{"x": 1, "__proto__": {}}'), 'p')).toThrow('p.__proto__: is een verboden veldnaam');
  });

  it('are refused by the record check instead of being assigned', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(() => table(JSON.parse(`{"a": 1, "${key}": 2}`), 't'), key).toThrow('is een verboden veldnaam');
    }
    expect(table(JSON.parse('{"a": 1, "b": 2}'))).toEqual({ a: 1, b: 2 });
  });

  it('are refused in a JSON interchange file', () => {
    const json = JSON.parse(stringifyInterchange(baseDoc(1)));
    json.project.scales.constructor = { x: 1 };
    expect(refusalOf(() => parseInterchange(JSON.stringify(json))).params['reason']).toMatch(/scales\.constructor: is een verboden veldnaam/);
  });
});
