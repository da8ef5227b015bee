/** Small builders for rule tests: a risk with a bow-tie made through the real operations. */
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import * as ops from '../../../src/shared/model/ops/index.ts';
import type { Finding } from '../../../src/shared/rules/finding.ts';
import { checkRisk } from '../../../src/shared/rules/checkRisk.ts';
import { baseDoc } from '../model/arbitraries.ts';

export function riskWith(opts: { hazard?: string; event?: string; status?: 'longlist' | 'selected' | 'workedOut' } = {}): { doc: ProjectDoc; risk: string } {
  const doc = baseDoc(3);
  const risk = ops.addRisk(doc, { title: 'Risico', hazard: opts.hazard ?? 'Uitgaanspubliek in het centrum', centralEvent: opts.event ?? 'Vechtpartij bij sluitingstijd', status: opts.status ?? 'selected' });
  ops.setScore(doc, risk, 'likelihood', 3);
  ops.setScore(doc, risk, 'impact', 3);
  return { doc, risk };
}

/** A complete measure: owner, type, effectiveness. */
export function measure(doc: ProjectDoc, pathKind: 'cause' | 'consequence' | 'escalation', pathId: string, label: string, extra: Partial<ops.AddMeasureInput> = {}): string {
  const owner = Object.values(doc.partners).find((p) => p.kind === 'police')!.id;
  return ops.addMeasure(doc, { pathKind, pathId, label, ownerId: owner, type: 'organisational', effectiveness: 'good', ...extra });
}

/** Findings of one rule: [messageKey, entity table, label param]. */
export function findings(doc: ProjectDoc, risk: string, ruleId: string): [string, string, string | number | undefined][] {
  return checkRisk(doc, risk, { rules: [ruleId] }).map((f: Finding) => [f.messageKey, f.entity.table, f.params['label']]);
}
