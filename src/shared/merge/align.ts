/**
 * Rows that are one thing by what they mean, not by id: a score of one risk on one criterion in
 * one session, a layout nudge of one node. When both copies added such a row, each with its own
 * id, they are the same entity to the merge: both get the smaller of the two ids (the same
 * choice whichever copy is "mine"), so their values meet as a field conflict instead of as a
 * duplicate the file may not hold.
 */
import type { ProjectDoc } from '../model/doc.ts';

type Keyed = { id: string };

function realign<R extends Keyed>(a: Record<string, R>, b: Record<string, R>, keyOf: (r: R) => string): [Record<string, R>, Record<string, R>] {
  const inA = new Map<string, string>();
  for (const r of Object.values(a)) inA.set(keyOf(r), r.id);
  let outA: Record<string, R> | null = null;
  let outB: Record<string, R> | null = null;
  for (const r of Object.values(b)) {
    const idA = inA.get(keyOf(r));
    if (idA === undefined || idA === r.id || Object.hasOwn(b, idA) || Object.hasOwn(a, r.id)) continue;
    if (idA < r.id) {
      outB ??= { ...b };
      delete outB[r.id];
      outB[idA] = { ...r, id: idA };
    } else {
      outA ??= { ...a };
      delete outA[idA];
      outA[r.id] = { ...a[idA]!, id: r.id };
    }
  }
  return [outA ?? a, outB ?? b];
}

export function alignNaturalKeys(mine: ProjectDoc, theirs: ProjectDoc): [ProjectDoc, ProjectDoc] {
  const [ms, ts] = realign(mine.scores, theirs.scores, (s) => `${s.riskId}\u0000${s.criterion}\u0000${s.session}`);
  const [mo, to] = realign(mine.layoutOverrides, theirs.layoutOverrides, (o) => `${o.riskId}\u0000${o.nodeKey}`);
  return [
    ms === mine.scores && mo === mine.layoutOverrides ? mine : { ...mine, scores: ms, layoutOverrides: mo },
    ts === theirs.scores && to === theirs.layoutOverrides ? theirs : { ...theirs, scores: ts, layoutOverrides: to },
  ];
}
