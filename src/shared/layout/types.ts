/** The shapes a bow-tie layout produces; shared by the editor canvas and the SVG renderer. */
import type { Confidentiality } from '../model/vocab.ts';
import type { RiskRowsOf } from './riskRows.ts';

export type NodeKind = 'hazard' | 'event' | 'cause' | 'consequence' | 'measure' | 'escalation' | 'escalationMeasure';
export type Side = 'left' | 'right' | 'centre';

export interface LayoutNode {
  /** Stable key derived from ids: `hazard`, `event`, `cause:<riskCauseId>`,
   * `consequence:<riskConsequenceId>`, `measure:<placementId>`, `esc:<escalationFactorId>`. */
  key: string;
  kind: NodeKind;
  /** The entity shown: cause/consequence concept, measure, escalation factor, or the risk. */
  entityId: string;
  /** The line it appears through: riskCause / riskConsequence / placement / escalation factor id (risk id for hazard and event). */
  refId: string;
  side: Side;
  /** Top-left corner and size, in px at the layout's scale. Overrides are already applied. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label, word-wrapped to the node's text width. */
  lines: string[];
  /** Small text under the label (a measure's owner), wrapped likewise; empty when none. */
  subLines: string[];
  /** The manual nudge included in x/y (0, 0 without an override). */
  dx: number;
  dy: number;
}

export type EdgeKind = 'path' | 'escalation' | 'hazard';

export interface LayoutEdge {
  /** `<source>-><target>` */
  key: string;
  source: string;
  target: string;
  /** `path`: along a cause or consequence path; `escalation`: from an escalation factor
   * through its measures to the measure it weakens; `hazard`: hazard to central event. */
  kind: EdgeKind;
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BowtieLayout {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** Box around all nodes plus the margin. */
  bounds: Bounds;
  /** The sizes used, so the renderer draws with exactly the layout's numbers. */
  metrics: LayoutMetrics;
}

export interface LayoutOptions {
  /** Multiplies every size: 1 for screen and reports, about 1.5 for projector mode. */
  scale?: number;
  /** Width of cause, consequence, measure and escalation boxes at scale 1 (default 150). */
  nodeWidth?: number;
  /** Label font size at scale 1 (default 12). */
  fontSize?: number;
  /** Owner lines under a measure, as a share of the label size (default 0.82; 1 in print, where every text must reach 8 pt). */
  subFontRatio?: number;
  /** Horizontal gap between measure columns at scale 1 (default 28). */
  gapX?: number;
  /** Vertical gap between rows at scale 1 (default 22). */
  gapY?: number;
  /** Most label lines per box; longer labels end in "…" (default 7). */
  maxLines?: number;
  /** Label lines each row has room for (default 3, plus one line of slack); see sideLayout.ts. */
  rowLines?: number;
  /** Leave out causes, consequences and measures with these confidentiality labels (and what hangs below them). */
  hide?: readonly Confidentiality[];
  /** Apply the risk's stored layout overrides (default true). */
  applyOverrides?: boolean;
  /** The risk's rows from an index built once for many bow-ties (riskRows.ts); default: scanned. */
  rows?: RiskRowsOf;
}

/** Every size the layout uses, already multiplied by the scale. */
export interface LayoutMetrics {
  scale: number;
  fontSize: number;
  lineHeight: number;
  subFontSize: number;
  subLineHeight: number;
  nodeWidth: number;
  padX: number;
  padY: number;
  /** Width of the effectiveness band on the left of a measure box. */
  bandWidth: number;
  gapX: number;
  gapY: number;
  /** Vertical gap above each escalation lane. */
  laneGap: number;
  /** Label lines a row (or lane) has room for, plus the owner line when it holds measures. */
  rowLines: number;
  /** How much taller than its room a box may be before the row grows (taken from the gaps). */
  rowSlack: number;
  /** Room between the inner measure column and the central event, where paths converge. */
  fanGap: number;
  hazardWidth: number;
  eventMinDiameter: number;
  eventTextWidth: number;
  margin: number;
  maxLines: number;
}
