/**
 * The canvas takes its colours from the report renderer's themes (src/shared/diagram/theme.ts)
 * and its sizes from the layout metrics, as CSS variables, so a bow-tie on screen and in a
 * report look the same in every theme.
 */
import type { CSSProperties } from 'react';
import { THEMES, type ThemeName } from '../../shared/diagram/theme.ts';
import type { LayoutMetrics } from '../../shared/layout/types.ts';
import { hazardStripe } from '../../shared/layout/nodeBox.ts';

export function canvasVars(theme: ThemeName, m: LayoutMetrics): CSSProperties {
  const th = THEMES[theme];
  const s = m.scale;
  const px = (v: number) => `${v}px`;
  return {
    '--bt-bg': th.background,
    '--bt-text': th.text,
    '--bt-muted': th.mutedText,
    '--bt-line': th.line,
    '--bt-esc-line': th.escalationLine,
    '--bt-line-width': px(th.lineWidth * s),
    '--bt-stroke': px(th.stroke * s),
    '--bt-cause-fill': th.cause.fill,
    '--bt-cause-stroke': th.cause.stroke,
    '--bt-consequence-fill': th.consequence.fill,
    '--bt-consequence-stroke': th.consequence.stroke,
    '--bt-measure-fill': th.measure.fill,
    '--bt-measure-stroke': th.measure.stroke,
    '--bt-measure-missing': th.measure.missingFill,
    '--bt-esc-fill': th.escalation.fill,
    '--bt-esc-stroke': th.escalation.stroke,
    '--bt-event-fill': th.event.fill,
    '--bt-event-stroke': th.event.stroke,
    '--bt-hazard-fill': th.hazard.fill,
    '--bt-hazard-a': th.hazard.stripeA,
    '--bt-hazard-b': th.hazard.stripeB,
    '--bt-eff-good': th.effectiveness.good,
    '--bt-eff-moderate': th.effectiveness.moderate,
    '--bt-eff-weak': th.effectiveness.weak,
    '--bt-eff-unknown': th.effectiveness.unknown,
    '--bt-on-band': th.onBand,
    '--bt-scale': String(s),
    '--bt-font': px(m.fontSize),
    '--bt-lh': px(m.lineHeight),
    '--bt-sub-font': px(m.subFontSize),
    '--bt-sub-lh': px(m.subLineHeight),
    '--bt-pad-x': px(m.padX),
    '--bt-pad-y': px(m.padY),
    '--bt-band': px(m.bandWidth),
    '--bt-hazard-stripe': px(hazardStripe(m)),
  } as CSSProperties;
}
