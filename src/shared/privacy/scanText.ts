/**
 * Scans one piece of free text for personal data. Overlapping matches are resolved so that every
 * character is reported at most once, by the most certain detector.
 */
import { DETECTORS, type Confidence, type DetectorContext, type TextMatch } from './detectors.ts';

const RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

const EMPTY: DetectorContext = { vocabulary: new Set() };

/** Every personal-data match in `text`, in text order, without overlaps. */
export function scanText(text: string, ctx: DetectorContext = EMPTY): TextMatch[] {
  if (!text || !/[\d@\p{Lu}]/u.test(text)) return [];
  const all: { m: TextMatch; order: number }[] = [];
  DETECTORS.forEach((d, order) => {
    for (const m of d.find(text, ctx)) all.push({ m, order });
  });
  all.sort((a, b) => RANK[a.m.confidence] - RANK[b.m.confidence] || a.order - b.order || b.m.end - b.m.start - (a.m.end - a.m.start));
  const kept: TextMatch[] = [];
  for (const { m } of all) {
    if (kept.some((k) => m.start < k.end && k.start < m.end)) continue;
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
