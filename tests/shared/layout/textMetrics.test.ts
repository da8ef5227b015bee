import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureText, wrapText } from '../../../src/shared/layout/textMetrics.ts';

/** Width of `text` as resvg sets it with Liberation Sans (the font the PNG export uses). */
function renderedWidth(text: string, size: number, weight: 'normal' | 'bold'): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="100"><rect x="0" y="0" width="1" height="1"/><text x="10" y="50" font-family="Liberation Sans" font-size="${size}" font-weight="${weight}">${text}</text></svg>`;
  const r = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' } });
  return r.getBBox()!.width - 10;
}

describe('measureText', () => {
  it('uses the advance widths of Liberation Sans / Arial', () => {
    expect(measureText('iiii', 10)).toBeCloseTo(8.88);
    expect(measureText('WWWW', 10)).toBeCloseTo(37.76);
    expect(measureText('Ä', 10)).toBe(measureText('A', 10));
    expect(measureText('abc', 10, 'bold')).toBeGreaterThan(measureText('abc', 10));
  });

  it('agrees with the width resvg gives the same text in the installed font', () => {
    for (const [text, weight] of [
      ['Signalering door wijkagent', 'normal'],
      ['Hennepkwekerij in woning', 'bold'],
      ['Financiële problemen — ook bij ’s-Hertogenbosch', 'normal'],
    ] as const) {
      const ours = measureText(text, 20, weight);
      // resvg's box runs from the first glyph's ink to the last glyph's ink, a little narrower than the advances
      expect(Math.abs(renderedWidth(text, 20, weight) - ours) / ours).toBeLessThan(0.03);
    }
  });
});

describe('wrapText', () => {
  it('breaks between words and keeps every line within the width', () => {
    const lines = wrapText('Toezicht op leegstaande agrarische panden in het buitengebied', 100, 12);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe('Toezicht op leegstaande agrarische panden in het buitengebied');
  });

  it('never exceeds the width, breaking words that are too long', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 20, max: 300 }), (text, width) => {
        for (const line of wrapText(text, width, 12)) expect(measureText(line, 12)).toBeLessThanOrEqual(width + 1e-9);
      }),
    );
  });

  it('cuts to the maximum number of lines with an ellipsis', () => {
    const lines = wrapText('een twee drie vier vijf zes zeven acht negen tien elf twaalf', 40, 12, { maxLines: 2 });
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(measureText(lines[1]!, 12)).toBeLessThanOrEqual(40);
  });

  it('gives one empty line for an empty label', () => {
    expect(wrapText('   ', 100, 12)).toEqual(['']);
  });
});

describe('wrapText with long Dutch words', () => {
  it('splits a long compound at its last hyphenation point that fits, with a hyphen', () => {
    expect(wrapText('Herbestemmingsbeleid voor vrijkomende bebouwing', 114, 12)[0]).toBe('Herbestemmingsbe-');
  });

  it('breaks after an existing hyphen before splitting a word', () => {
    expect(wrapText('Informatie-uitwisseling met RIEC', 114, 12)).toEqual(['Informatie-', 'uitwisseling met', 'RIEC']);
  });

  it('splits at a Dutch hyphenation point, never inside a syllable (measure box width)', () => {
    // Once wrongly "Alcoholpreventiep-rogramma" and "Opvoedonders-teuning".
    expect(wrapText('Alcoholpreventieprogramma op scholen', 114, 12)).toEqual(['Alcoholpreventiepro-', 'gramma op scholen']);
    expect(wrapText('Opvoedondersteuning voor ouders', 114, 12)).toEqual(['Opvoedondersteu-', 'ning voor ouders']);
    expect(wrapText('Betalingsachterstanden', 114, 12)).toEqual(['Betalingsachterstan-', 'den']);
  });

  it('breaks hard only a word without any break point that fits', () => {
    const lines = wrapText('Xxxxxxxxxxxxxxxxxxxxxxxxxxxx', 114, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => measureText(l, 12) <= 114)).toBe(true);
  });
});
