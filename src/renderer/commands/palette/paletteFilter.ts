/**
 * Ranking for the command palette: every word typed must occur in the command's label (or
 * its id or shortcut), folded as labels are compared everywhere (src/shared/model/sameLabel.ts);
 * labels that start with the query come first, then word starts, then anywhere. Enabled commands come before disabled ones.
 */
import { foldLabel as fold, queryWords } from '../../../shared/model/sameLabel.ts';

export interface PaletteItem {
  id: string;
  label: string;
  shortcuts: readonly string[];
  enabled: boolean;
}

function score(item: PaletteItem, words: string[], whole: string): number | null {
  const label = fold(item.label);
  const hay = `${label} ${fold(item.id)} ${item.shortcuts.map(fold).join(' ')}`;
  if (!words.every((w) => hay.includes(w))) return null;
  if (whole && label.startsWith(whole)) return 0;
  if (words.every((w) => label.split(/[\s(/-]+/).some((part) => part.startsWith(w)))) return 1;
  return 2;
}

/** The items matching `query`, best first; an empty query lists everything, enabled first. */
export function filterCommands<T extends PaletteItem>(items: readonly T[], query: string): T[] {
  const whole = fold(query);
  const words = queryWords(query);
  const ranked: { item: T; rank: number; i: number }[] = [];
  items.forEach((item, i) => {
    const s = score(item, words, whole);
    if (s !== null) ranked.push({ item, rank: s + (item.enabled ? 0 : 10), i });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return ranked.map((r) => r.item);
}
