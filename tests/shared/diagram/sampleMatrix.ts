/** A project with 24 risks spread over the matrix, several in one cell, some unscored. */
import { builder } from '../layout/build.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';

export function sampleMatrix(): ProjectDoc {
  const b = builder(9);
  const spots: [number, number][] = [
    [4, 4], [4, 4], [4, 4], [4, 4], [4, 4], [4, 4], [4, 4], [4, 4], [4, 4], [4, 4],
    [5, 2], [3, 3], [3, 3], [2, 5], [1, 1], [5, 5], [2, 2], [3, 4], [4, 3], [1, 4], [5, 3],
  ];
  spots.forEach(([l, i], n) => {
    const r = b.risk({ code: `R${String(n + 1).padStart(2, '0')}`, title: `Risico ${n + 1}` });
    b.score(r, 'likelihood', l);
    b.score(r, 'impact', i);
  });
  b.risk({ code: 'R22' });
  b.risk({ code: 'R23' });
  b.risk({ code: 'R24' });
  return b.doc;
}
