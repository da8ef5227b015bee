/**
 * A measure sitting on its path (also a measure against an escalation factor): the
 * effectiveness band on the left (colour + pattern + icon), dashed when missing, a clock when
 * planned, the owner under the label, a link badge when it is used in several risks.
 */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useCanvasShared } from '../CanvasContext.ts';
import type { BowtieFlowNode } from '../flowMapping.ts';
import { Lines, NodeFrame } from './NodeFrame.tsx';
import { SharedBadge } from './SimpleNodes.tsx';

export const MeasureNode = memo(function MeasureNode({ id, data }: NodeProps<BowtieFlowNode>) {
  const { t } = useCanvasShared();
  const eff = data.effectiveness ?? 'unknown';
  const status = data.status ?? 'existing';
  const linked = data.usage > 1 ? t('canvas.shared', { count: data.usage }) : null;
  const details = [t(`vocab.effectiveness.${eff}`), t(`vocab.measureStatus.${status}`), data.subLines.join(' '), linked, data.quickWin ? t('canvas.quickWin') : null].filter(Boolean).join(' · ');
  const decoration = (
    <>
      {/* Band colour, pattern and icon all come from the stylesheet (one element, no SVG per node). */}
      <span className={`bt-band eff-${eff}`} aria-hidden="true" />
      {status === 'planned' && <span className="bt-clock" aria-hidden="true" title={t('vocab.measureStatus.planned')} />}
      {(linked || data.quickWin) && (
        <span className="bt-badges" aria-hidden="true">
          {data.quickWin && <span className="bt-badge bt-quickwin">QW</span>}
          {linked && <SharedBadge count={data.usage} title={linked} />}
        </span>
      )}
    </>
  );
  return (
    <NodeFrame id={id} data={data} className={`bt-measure status-${status} eff-${eff}${data.kind === 'escalationMeasure' ? ' bt-escalation-measure' : ''}`} details={details} decoration={decoration}>
      <div className="bt-measure-text">
        <Lines lines={data.lines} kind={data.kind} />
        {data.subLines.length > 0 && <Lines lines={data.subLines} kind={data.kind} className="bt-sub" />}
      </div>
    </NodeFrame>
  );
});
