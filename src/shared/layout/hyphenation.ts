/**
 * Where a word may be broken at the end of a line, by the Dutch hyphenation patterns of TeX
 * (hyph-nl, through the `hyphen` package; no network, no dictionary file to load). Diagram labels
 * are Dutch first; an English label gets Dutch breaks, which are rarely wrong at syllable level.
 */
import nl from 'hyphen/nl/index.js';

const SOFT = '\u00ad';
const cache = new Map<string, number[]>();

/**
 * The offsets (in code points) inside `word` after which a hyphen may go, in increasing order:
 * "Alcoholpreventieprogramma" → after "Al", "co", "hol", "pre", "ven", "tie", "pro", "gram".
 */
export function hyphenationPoints(word: string): number[] {
  let points = cache.get(word);
  if (points) return points;
  points = [];
  let at = 0;
  for (const ch of nl.hyphenateSync(word, { hyphenChar: SOFT, minWordLength: 5 })) {
    if (ch === SOFT) points.push(at);
    else at++;
  }
  if (cache.size > 5000) cache.clear();
  cache.set(word, points);
  return points;
}
