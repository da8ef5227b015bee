/**
 * Word's own heading numbering instead of typed numbers: "5.1 R01 Drugslabs" is written as the
 * text "R01 Drugslabs" in a Kop 2 paragraph whose style numbers it 5.1, so inserting a chapter in
 * Word renumbers the rest and the numbers follow a house style. Only when the typed numbers run as
 * Word would count them (chapters on from the first, sections from 1 or from the first under
 * each chapter); otherwise the typed numbers stay, so no number ever changes.
 */
import { AlignmentType, LevelFormat, LevelSuffix, type INumberingOptions } from 'docx';
import type { Block } from '../../../shared/report/blocks.ts';

export const HEADING_NUMBERING = 'vlinder-headings';

/** The number typed before a heading's text, and the text after it: "5.1 Prioriteit: X" → [5, 1], "Prioriteit: X". */
export function splitNumber(text: string): { number: number[]; text: string } | null {
  const m = /^(\d+(?:\.\d+)?)\s+(\S.*)$/.exec(text);
  return m ? { number: m[1]!.split('.').map(Number), text: m[2]! } : null;
}

export interface HeadingPlan {
  /** First chapter and first section number (the IVP starts at 5, a chapter per priority at 5.n). */
  start: [number, number];
}

/** Whether Word's numbering gives exactly the typed numbers of levels 1 and 2, and from where it starts. */
export function planHeadingNumbers(blocks: readonly Block[]): HeadingPlan | null {
  const numbered = blocks.flatMap((b) => (b.kind === 'heading' && b.level <= 2 ? [{ level: b.level, n: splitNumber(b.text)?.number ?? null }] : []));
  const first1 = numbered.find((h) => h.level === 1 && h.n);
  const first2 = numbered.find((h) => h.level === 2 && h.n);
  if (!first1 && !first2) return null;
  const start: [number, number] = [first1?.n?.[0] ?? first2!.n![0]!, first2?.n?.[1] ?? 1];
  let chapter = start[0] - 1;
  let section = start[1] - 1;
  let sawChapter = false;
  for (const h of numbered) {
    if (!h.n) continue;
    if (h.level === 1) {
      if (h.n.length !== 1 || h.n[0] !== ++chapter) return null;
      section = start[1] - 1;
      sawChapter = true;
    } else {
      if (!sawChapter) chapter = h.n[0]!;
      if (h.n.length !== 2 || h.n[0] !== chapter || h.n[1] !== ++section) return null;
    }
  }
  return { start };
}

/** The multilevel list linked to the heading styles Heading1 and Heading2. */
export function headingNumbering(plan: HeadingPlan): INumberingOptions['config'][number] {
  const level = (lvl: 0 | 1, text: string) => ({
    level: lvl,
    format: LevelFormat.DECIMAL,
    text,
    start: plan.start[lvl],
    suffix: LevelSuffix.SPACE,
    alignment: AlignmentType.LEFT,
    style: { style: lvl === 0 ? 'Heading1' : 'Heading2', paragraph: { indent: { left: 0, hanging: 0 } } },
  });
  return { reference: HEADING_NUMBERING, levels: [level(0, '%1'), level(1, '%1.%2')] };
}
