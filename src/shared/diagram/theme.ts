/**
 * Colours and stroke weights of the diagrams per theme. Effectiveness is never told by colour
 * alone: each level also has its own icon and band pattern (see measureShape.ts), and the
 * colours are picked to stay apart for red-green colour blindness (blue-ish green, amber, red).
 */
import type { Effectiveness } from '../model/vocab.ts';

export type ThemeName = 'light' | 'dark' | 'projector';

export interface DiagramTheme {
  name: ThemeName;
  background: string;
  text: string;
  mutedText: string;
  /** Stroke widths at layout scale 1. */
  stroke: number;
  lineWidth: number;
  line: string;
  escalationLine: string;
  cause: { fill: string; stroke: string };
  consequence: { fill: string; stroke: string };
  measure: { fill: string; stroke: string; missingFill: string };
  escalation: { fill: string; stroke: string };
  event: { fill: string; stroke: string };
  hazard: { fill: string; stripeA: string; stripeB: string; line: string };
  effectiveness: Record<Effectiveness, string>;
  /** Colour of icons drawn on an effectiveness band. */
  onBand: string;
  /** Default layout scale for the theme (projector: larger type). */
  scale: number;
}

const EFFECTIVENESS_LIGHT: Record<Effectiveness, string> = {
  good: '#1b7a4a',
  moderate: '#c98a00',
  weak: '#c62828',
  unknown: '#7b8794',
};

export const THEMES: Record<ThemeName, DiagramTheme> = {
  light: {
    name: 'light',
    background: '#ffffff',
    text: '#1f2933',
    mutedText: '#52606d',
    stroke: 1.4,
    lineWidth: 1.8,
    line: '#7b8794',
    escalationLine: '#7d4ea8',
    cause: { fill: '#e3eefb', stroke: '#2f6fb3' },
    consequence: { fill: '#fde8e4', stroke: '#c0392b' },
    measure: { fill: '#ffffff', stroke: '#52606d', missingFill: '#f5f7fa' },
    escalation: { fill: '#f1e9f8', stroke: '#7d4ea8' },
    event: { fill: '#fff3df', stroke: '#e07b00' },
    hazard: { fill: '#ffffff', stripeA: '#f5c400', stripeB: '#1f2933', line: '#1f2933' },
    effectiveness: EFFECTIVENESS_LIGHT,
    onBand: '#ffffff',
    scale: 1,
  },
  dark: {
    name: 'dark',
    background: '#1b2027',
    text: '#e6e9ed',
    mutedText: '#aeb7c2',
    stroke: 1.4,
    lineWidth: 1.8,
    line: '#8a96a3',
    escalationLine: '#b794d9',
    cause: { fill: '#1d3550', stroke: '#6aa5e6' },
    consequence: { fill: '#4a2424', stroke: '#f08a7e' },
    measure: { fill: '#28303a', stroke: '#9aa5b1', missingFill: '#1f252d' },
    escalation: { fill: '#352a45', stroke: '#b794d9' },
    event: { fill: '#4a3210', stroke: '#ffa53d' },
    hazard: { fill: '#28303a', stripeA: '#f5c400', stripeB: '#11151a', line: '#c9d1d9' },
    effectiveness: { good: '#2f9e62', moderate: '#d9a21b', weak: '#e5534b', unknown: '#8a96a3' },
    onBand: '#ffffff',
    scale: 1,
  },
  projector: {
    name: 'projector',
    background: '#ffffff',
    text: '#000000',
    mutedText: '#2b2b2b',
    stroke: 2.2,
    lineWidth: 2.8,
    line: '#3c4650',
    escalationLine: '#5b2d8a',
    cause: { fill: '#cfe3ff', stroke: '#0b4f9c' },
    consequence: { fill: '#ffd9d2', stroke: '#a3220f' },
    measure: { fill: '#ffffff', stroke: '#1f2933', missingFill: '#f0f0f0' },
    escalation: { fill: '#e6d6f5', stroke: '#5b2d8a' },
    event: { fill: '#ffe6bf', stroke: '#c46200' },
    hazard: { fill: '#ffffff', stripeA: '#f5c400', stripeB: '#000000', line: '#000000' },
    effectiveness: { good: '#0f6b3c', moderate: '#b57a00', weak: '#b01c1c', unknown: '#5f6b7a' },
    onBand: '#ffffff',
    scale: 1.4,
  },
};
