/**
 * React Flow's own screen-reader texts (the node and edge descriptions, the live message of a
 * keyboard move, controls) in the UI's language: without them a Dutch canvas reads English.
 */
import type { AriaLabelConfig } from '@xyflow/react';
import type { TFn } from '../i18n/useT.ts';

export function flowAriaLabels(t: TFn): AriaLabelConfig {
  return {
    'node.a11yDescription.default': t('canvas.rf.nodeDescription'),
    'node.a11yDescription.keyboardDisabled': t('canvas.rf.nodeDescription'),
    'node.a11yDescription.ariaLiveMessage': ({ x, y }) => t('canvas.rf.moved', { x: Math.round(x), y: Math.round(y) }),
    'edge.a11yDescription.default': t('canvas.rf.edgeDescription'),
    'controls.ariaLabel': t('canvas.rf.controls'),
    'controls.zoomIn.ariaLabel': t('canvas.rf.zoomIn'),
    'controls.zoomOut.ariaLabel': t('canvas.rf.zoomOut'),
    'controls.fitView.ariaLabel': t('canvas.rf.fitView'),
    'controls.interactive.ariaLabel': t('canvas.rf.interactive'),
    'minimap.ariaLabel': t('canvas.rf.minimap'),
    'handle.ariaLabel': t('canvas.rf.handle'),
  };
}
