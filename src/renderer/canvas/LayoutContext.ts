/** The layout on screen, for the edges (which draw with the report renderer's geometry). */
import { createContext, useContext } from 'react';
import type { LayoutEdge, LayoutMetrics, LayoutNode } from '../../shared/layout/types.ts';

export interface LayoutLookup {
  nodes: Map<string, LayoutNode>;
  edges: Map<string, LayoutEdge>;
  metrics: LayoutMetrics;
}

export const LayoutContext = createContext<LayoutLookup | null>(null);

export function useLayoutLookup(): LayoutLookup | null {
  return useContext(LayoutContext);
}
