/**
 * What a scoring session shows on the participants' phones: its *public content*. Built once at
 * start from the document and handed to the participant server, which never sees anything else
 * (docs/live-scoring.md, "Security").
 */

/** One word of a scale as a phone shows it. */
export interface LiveOption {
  /** The value stored as the score (1..n). */
  value: number;
  /** "1".."5" or "A".."E". */
  code: string;
  label: string;
  anchor: string;
}

/** A criterion scored in the session: a score criterion id with its scale's words. */
export interface LiveCriterion {
  /** 'likelihood', 'impact', 'impact.<dimension>' or an extra criterion id (see ops/scores.ts). */
  id: string;
  label: string;
  options: LiveOption[];
}

/** A risk as a phone sees it: nothing but its code, title and description. */
export interface LiveRisk {
  id: string;
  code: string;
  title: string;
  description: string;
}

export interface LiveContent {
  /** The session's name, e.g. "Werksessie prioriteren". */
  name: string;
  risks: LiveRisk[];
  criteria: LiveCriterion[];
}

/** Longest description sent to a phone: a phone shows a short description, not the dossier. */
export const MAX_LIVE_DESCRIPTION = 600;

/** Shortens a description to what fits on a phone, at a word boundary. */
export function shortDescription(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= MAX_LIVE_DESCRIPTION) return clean;
  const cut = clean.slice(0, MAX_LIVE_DESCRIPTION);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_LIVE_DESCRIPTION * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
