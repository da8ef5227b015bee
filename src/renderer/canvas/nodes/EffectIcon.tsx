/**
 * The effectiveness icon on a measure's band — the same shapes as the report renderer
 * (src/shared/diagram/effectIcon.ts): ✓ good, half disc moderate, ! weak, ? unknown. With the
 * band colour and pattern this reads without colour vision too.
 */
import type { Effectiveness } from '../../../shared/model/vocab.ts';

export function EffectIcon({ value, size }: { value: Effectiveness; size: number }) {
  const r = size / 2;
  const c = r;
  const w = size * 0.16;
  let shape;
  switch (value) {
    case 'good':
      shape = <path d={`M${c - r * 0.7} ${c + r * 0.05}L${c - r * 0.2} ${c + r * 0.55}L${c + r * 0.75} ${c - r * 0.6}`} fill="none" stroke="currentColor" strokeWidth={w * 1.2} strokeLinecap="round" strokeLinejoin="round" />;
      break;
    case 'moderate':
      shape = (
        <>
          <circle cx={c} cy={c} r={r * 0.78} fill="none" stroke="currentColor" strokeWidth={w} />
          <path d={`M${c} ${c - r * 0.78}A${r * 0.78} ${r * 0.78} 0 0 0 ${c} ${c + r * 0.78}Z`} fill="currentColor" />
        </>
      );
      break;
    case 'weak':
      shape = (
        <>
          <rect x={c - w * 0.6} y={c - r * 0.8} width={w * 1.2} height={r * 1.05} rx={w * 0.5} fill="currentColor" />
          <circle cx={c} cy={c + r * 0.62} r={w * 0.72} fill="currentColor" />
        </>
      );
      break;
    default:
      shape = (
        <text x={c} y={c + size * 0.36} fontSize={size * 1.05} fontWeight="bold" textAnchor="middle" fill="currentColor">
          ?
        </text>
      );
  }
  return (
    <svg className="bt-effect-icon" width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true" focusable="false">
      {shape}
    </svg>
  );
}
