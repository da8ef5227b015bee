/** What every part of the bow-tie renderer needs to draw. */
import type { LayoutMetrics } from '../layout/types.ts';
import type { ProjectDoc } from '../model/doc.ts';
import type { Language } from '../model/vocab.ts';
import type { PatternIds } from './defs.ts';
import type { DiagramTheme } from './theme.ts';

export interface DrawContext {
  doc: ProjectDoc;
  theme: DiagramTheme;
  m: LayoutMetrics;
  ids: PatternIds;
  lang: Language;
}
