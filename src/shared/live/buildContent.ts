/**
 * Builds a session's public content from the document: the chosen risks (refusing confidential
 * ones) and the chosen criteria with the words of their scales. The only place where document
 * data becomes something a phone may receive.
 */
import { because, CheckError } from '../model/check.ts';
import type { ProjectDoc } from '../model/doc.ts';
import type { Scales, ScaleClass } from '../model/scalesSchema.ts';
import { allowedLevels } from '../report/publication.ts';
import { shortDescription, type LiveContent, type LiveCriterion, type LiveOption } from './content.ts';

const fromClasses = (list: readonly ScaleClass[]): LiveOption[] =>
  [...list].sort((a, b) => a.value - b.value).map((k) => ({ value: k.value, code: k.code, label: k.label, anchor: k.anchor }));

/**
 * Every criterion a session can score under `scales`: likelihood, impact, the enabled impact
 * dimensions and the enabled extra criteria. Labels of the two main criteria come from `words`.
 */
export function liveCriteria(scales: Scales, words: { likelihood: string; impact: string }): LiveCriterion[] {
  const out: LiveCriterion[] = [
    { id: 'likelihood', label: words.likelihood, options: fromClasses(scales.likelihood) },
    { id: 'impact', label: words.impact, options: fromClasses(scales.impact) },
  ];
  for (const dim of scales.impactDimensions) {
    if (dim.enabled) out.push({ id: `impact.${dim.id}`, label: `${words.impact}: ${dim.label}`, options: fromClasses(scales.impact) });
  }
  for (const crit of scales.criteria) {
    if (crit.enabled && crit.options.length > 0) {
      out.push({ id: crit.id, label: crit.label, options: crit.options.map((label, i) => ({ value: i + 1, code: String(i + 1), label, anchor: '' })) });
    }
  }
  return out;
}

/** Whether a risk may be shown on the participants' phones (the publication rule). */
export function isShareable(doc: ProjectDoc, riskId: string): boolean {
  const risk = doc.risks[riskId];
  return risk !== undefined && allowedLevels().has(risk.confidentiality);
}

export interface ContentRequest {
  name: string;
  riskIds: readonly string[];
  criterionIds: readonly string[];
  words: { likelihood: string; impact: string };
}

/** The public content of a new session; throws CheckError for an unknown or confidential risk or criterion. */
export function buildLiveContent(doc: ProjectDoc, req: ContentRequest): LiveContent {
  if (req.riskIds.length === 0) throw new CheckError('riskIds', because('reason.chooseRisk'));
  if (req.criterionIds.length === 0) throw new CheckError('criteria', because('reason.chooseCriterion'));
  if (new Set(req.riskIds).size !== req.riskIds.length) throw new CheckError('riskIds', because('reason.riskTwice'));
  const risks = req.riskIds.map((id, i) => {
    const risk = doc.risks[id];
    if (!risk) throw new CheckError(`riskIds[${i}]`, because('reason.notOurRisk'));
    if (!isShareable(doc, id)) throw new CheckError(`riskIds[${i}]`, because('reason.confidentialNotToPhones', { code: risk.code }));
    return { id, code: risk.code, title: risk.title, description: shortDescription(risk.description) };
  });
  const known = new Map(liveCriteria(doc.project.scales, req.words).map((k) => [k.id, k]));
  const criteria = req.criterionIds.map((id, i) => {
    const crit = known.get(id);
    if (!crit) throw new CheckError(`criteria[${i}]`, because('reason.notOurCriterion', { id: id }));
    return crit;
  });
  if (new Set(req.criterionIds).size !== req.criterionIds.length) throw new CheckError('criteria', because('reason.criterionTwice'));
  return { name: req.name, risks, criteria };
}
