/**
 * The two scale presets (shared/domain/scales.md): 1–5 (municipal plans, the default) and A–E
 * (the regional risk profile and the national risk assessment). Switching preset keeps the
 * project's own labels, anchors, bands, dimensions and criteria and changes only the class
 * codes, so every score keeps its class.
 */
import type { ScaleClass, Scales } from '../model/scalesSchema.ts';
import { defaultScales } from '../scales/defaults.ts';

const LETTERS = 'ABCDEFGHIJ';

function recode(classes: readonly ScaleClass[], preset: 'numeric' | 'letters'): ScaleClass[] {
  return classes.map((c, i) => ({ ...c, code: preset === 'letters' ? LETTERS[i]! : String(i + 1) }));
}

/** `scales` with the codes of `preset`; a scale of another length than 5 keeps its classes. */
export function withPreset(scales: Scales, preset: 'numeric' | 'letters'): Scales {
  return { ...scales, preset, likelihood: recode(scales.likelihood, preset), impact: recode(scales.impact, preset) };
}

/** The default scales of a preset, for "reset to default". */
export function presetScales(preset: 'numeric' | 'letters'): Scales {
  return defaultScales(preset);
}

/** A scale with `count` classes, keeping the labels and anchors of classes that remain. */
export function resizeScale(classes: readonly ScaleClass[], count: number, preset: Scales['preset']): ScaleClass[] {
  const n = Math.max(2, Math.min(10, Math.round(count)));
  return Array.from({ length: n }, (_, i) => {
    const old = classes[i];
    const code = preset === 'letters' ? LETTERS[i]! : String(i + 1);
    return { value: i + 1, code, label: old?.label ?? '', anchor: old?.anchor ?? '' };
  });
}
