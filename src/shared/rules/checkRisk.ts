/**
 * Runs the method rules (shared/domain/bowtie-rules.md) over one risk or a whole project and
 * returns findings in a stable order: structural rules first (S1…S13), then wording (T1…T9),
 * each in bow-tie order. Dismissed findings (by `key`) are left out.
 */
import type { ProjectDoc } from '../model/doc.ts';
import { indexDoc, type DocIndex } from '../model/query.ts';
import { RULE_IDS, type Finding } from './finding.ts';
import { checkUnlinkedTwins, checkUnplaced, labelIndex, type LabelIndex } from './links.ts';
import { riskView } from './riskView.ts';
import { checkCompleteness, checkEscalation, checkMeasureFields, checkPaths, checkScores, hasBowtie } from './structural.ts';
import { checkWording } from './wording.ts';

export interface CheckOptions {
  /** Keys of findings the user dismissed (see Finding.key). */
  dismissed?: ReadonlySet<string>;
  /** Only these rules (default: all). */
  rules?: readonly string[];
}

const RANK = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));

function finish(findings: Finding[], opts: CheckOptions): Finding[] {
  const only = opts.rules ? new Set(opts.rules) : null;
  return findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => !opts.dismissed?.has(f.key) && (!only || only.has(f.ruleId)))
    .sort((a, b) => RANK.get(a.f.ruleId)! - RANK.get(b.f.ruleId)! || a.i - b.i)
    .map(({ f }) => f);
}

function riskFindings(doc: ProjectDoc, index: DocIndex, labels: LabelIndex, riskId: string): Finding[] {
  const v = riskView(doc, index, riskId);
  if (!v) return [];
  const out = checkScores(v);
  if (!hasBowtie(v)) return out;
  return [...checkCompleteness(v), ...checkPaths(v), ...checkEscalation(v), ...checkMeasureFields(v), ...out, ...checkUnlinkedTwins(v, labels), ...checkWording(v)];
}

/** The findings of one risk. */
export function checkRisk(doc: ProjectDoc, riskId: string, opts: CheckOptions = {}): Finding[] {
  return finish(riskFindings(doc, indexDoc(doc), labelIndex(doc), riskId), opts);
}

/** The findings of every risk (in register order) plus the project-wide ones (S6), keyed by risk id ('' for project-wide). */
export function checkProject(doc: ProjectDoc, opts: CheckOptions = {}): Map<string, Finding[]> {
  const index = indexDoc(doc);
  const labels = labelIndex(doc);
  const out = new Map<string, Finding[]>();
  for (const r of index.risks) out.set(r.id, finish(riskFindings(doc, index, labels, r.id), opts));
  out.set('', finish(checkUnplaced(doc, index), opts));
  return out;
}
