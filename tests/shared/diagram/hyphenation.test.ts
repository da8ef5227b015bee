/**
 * Dutch labels in the example's bow-ties break at proper hyphenation points: read from the SVG
 * text a user gets, never "Alcoholpreventiep-rogramma" or "Opvoedonders-teuning".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderBowtieSvg } from '../../../src/shared/diagram/bowtieSvg.ts';
import { hyphenationPoints } from '../../../src/shared/layout/hyphenation.ts';
import { loadExampleDoc } from '../../../src/shared/model/interchange.ts';
import { risksInOrder } from '../../../src/shared/model/query.ts';
import { texts } from './xml.ts';

const doc = loadExampleDoc(JSON.parse(readFileSync(new URL('../../../resources/examples/gemeente-voorbeeld.json', import.meta.url), 'utf8')));
const labels = [...Object.values(doc.causes), ...Object.values(doc.consequences), ...Object.values(doc.measures)].map((x) => x.label);

describe('hyphenation in bow-tie labels', () => {
  const svgs = risksInOrder(doc)
    .filter((r) => r.status === 'workedOut')
    .map((r) => renderBowtieSvg(doc, r.id));

  it('never breaks inside a syllable', () => {
    const shown = svgs.flatMap(texts);
    expect(shown.join('\n')).not.toMatch(/Alcoholpreventiep-|Opvoedonders-/);
    let broken = 0;
    for (const [i, line] of shown.entries()) {
      const head = /(\p{L}+)-$/u.exec(line)?.[1];
      const tail = /^(\p{L}+)/u.exec(shown[i + 1] ?? '')?.[1];
      if (!head || !tail) continue;
      const word = head + tail;
      // A hyphen the label had itself ("Informatie-uitwisseling", "onder- en") is not a break we made.
      if (labels.some((l) => l.includes(`${head}-`))) continue;
      broken++;
      expect(hyphenationPoints(word), `${head}-|${tail}`).toContain([...head].length);
    }
    expect(broken).toBeGreaterThan(3);
  });
});
