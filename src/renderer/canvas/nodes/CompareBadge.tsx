/**
 * The small badge on a box that a comparison marks: a symbol for the kind of change (+, −, ✎, ↕,
 * ! for a conflict) and the side's initial, so the mark does not rest on colour alone (the box's
 * outline adds a pattern per side: solid mine, dashed theirs, double both).
 */
import type { TFn } from '../../i18n/useT.ts';
import { useCanvasShared } from '../CanvasContext.ts';
import type { NodeMark } from '../compareMarks.ts';

const SYMBOL = { added: '+', removed: '−', changed: '✎', moved: '↕' } as const;

/** The mark in words, for the box's accessible name: "gewijzigd in de andere versie (conflict)". */
export function markWords(t: TFn, mark: NodeMark): string {
  const words = t('merge.kindIn', { kind: t(`merge.kind.${mark.kind}`), side: t(`merge.side.${mark.by}`) });
  return mark.conflict ? `${words} (${t('merge.conflict')})` : words;
}

export function CompareBadge({ mark }: { mark: NodeMark }) {
  const { t } = useCanvasShared();
  return (
    <span className="bt-compare-badge" aria-hidden="true" title={markWords(t, mark)}>
      <span className="bt-compare-symbol">{mark.conflict ? '!' : SYMBOL[mark.kind]}</span>
      {t(`merge.badge.${mark.by}`)}
    </span>
  );
}
