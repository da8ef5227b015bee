/**
 * What every node of one canvas shares and reads without a store subscription of its own: the
 * risk on screen and the translate function. Provided once by BowtieCanvas.
 */
import { createContext, useContext } from 'react';
import type { TFn } from '../i18n/useT.ts';
import type { NodeMark } from './compareMarks.ts';

export interface CanvasShared {
  riskId: string;
  t: TFn;
  /** Boxes marked by a comparison with another copy (node key → mark); empty when none is shown. */
  marks: ReadonlyMap<string, NodeMark>;
}

export const CanvasContext = createContext<CanvasShared | null>(null);

export function useCanvasShared(): CanvasShared {
  const shared = useContext(CanvasContext);
  if (!shared) throw new Error('CanvasContext missing: render nodes inside BowtieCanvas');
  return shared;
}
