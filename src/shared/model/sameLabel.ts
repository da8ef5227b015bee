/**
 * The one rule for "the same label": what the method rules (S12), template reuse, link
 * candidates, the starter list, the evidence mapping and every search compare. Two labels are
 * the same when their folded forms are equal:
 *
 * - case does not matter ("Toezicht" = "toezicht");
 * - accents do not matter ("Beïnvloedbaarheid" = "beinvloedbaarheid", "café" = "cafe");
 * - typographic quotes and dashes count as the plain ones ("risico’s" = "risico's",
 *   "pro–actie" = "pro-actie");
 * - white space: runs count as one space, leading and trailing space is dropped;
 * - punctuation at the end does not count ("Toezicht." = "Toezicht"); inside a label it does
 *   ("pro-actie" ≠ "pro actie"), so different words never fold together.
 */

const QUOTES = /[‘’‚‛`´]/g;
const DOUBLE_QUOTES = /[“”„‟]/g;
const DASHES = /[‐‑‒–—―]/g;
const MARKS = /\p{M}+/gu;
const TRAILING = /[\s.,;:!?]+$/u;

/** The folded form of `text`: lower case, without accents, one space, no trailing punctuation. */
export function foldLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .toLocaleLowerCase('nl')
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .replace(TRAILING, '')
    .trim();
}

/** Whether `a` and `b` are the same label; an empty (or blank) label is the same as nothing. */
export function sameLabel(a: string, b: string): boolean {
  const fa = foldLabel(a);
  return fa !== '' && fa === foldLabel(b);
}

/** The folded words of a search query: "  Toezicht  Horeca." → ["toezicht", "horeca"]. */
export function queryWords(query: string): string[] {
  return query.split(/\s+/).map(foldLabel).filter(Boolean);
}

/** Whether every word of `query` occurs in `text` under the same folding (an empty query matches). */
export function matchesQuery(text: string, query: string): boolean {
  const hay = foldLabel(text);
  return queryWords(query).every((w) => hay.includes(w));
}
