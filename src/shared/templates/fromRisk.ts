/**
 * A user's own template from one bow-tie: hazard, central event, causes, consequences, measures
 * (with owner, domain, chain link, type, status and effectiveness) and escalation factors with
 * their measures. A measure on several paths stays one measure in the template, so applying it
 * recreates the sharing. Owners that are default partners are written by key, others by name.
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { Measure } from '../model/entities.ts';
import { causeLines, consequenceLines, escalationFactorsOf, placementsOnPath } from '../model/query.ts';
import { ownerOf } from './partnerOf.ts';
import { checkTemplate, type Template, type TemplateMeasure } from './template.ts';

/** A template id from a title: lower case letters, digits and dashes, prefixed "eigen-". */
export function ownTemplateId(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50);
  return `eigen-${slug || 'sjabloon'}`;
}

export function templateFromRisk(doc: ProjectDoc, riskId: string, title: string): Template {
  const risk = doc.risks[riskId];
  if (!risk) throw new Error(`unknown risk ${riskId}`);
  const keys = new Map<string, string>();
  const measures: TemplateMeasure[] = [];
  const keyOf = (m: Measure): string => {
    const known = keys.get(m.id);
    if (known) return known;
    const key = `m${keys.size + 1}`;
    keys.set(m.id, key);
    const owner = m.ownerId ? doc.partners[m.ownerId]?.name : undefined;
    measures.push({
      key,
      label: m.label,
      ...(owner ? { owner: ownerOf(owner) } : {}),
      ...(m.domain ? { domain: m.domain } : {}),
      ...(m.chainLink ? { chainLink: m.chainLink } : {}),
      ...(m.type ? { type: m.type } : {}),
      status: m.status,
      effectiveness: m.effectiveness,
      ...(m.description ? { description: m.description } : {}),
    });
    return key;
  };
  const path = (lineId: string) => {
    const keysOnPath: string[] = [];
    const escalation: Template['causes'][number]['escalation'] = [];
    for (const p of placementsOnPath(doc, lineId)) {
      const m = doc.measures[p.measureId];
      // A template element needs a label; unlabelled drafts are left out.
      if (!m || !m.label.trim()) continue;
      const key = keyOf(m);
      if (!keysOnPath.includes(key)) keysOnPath.push(key);
      for (const f of escalationFactorsOf(doc, p.id)) {
        if (!f.label.trim()) continue;
        const labelled = placementsOnPath(doc, f.id).flatMap((q) => {
          const against = doc.measures[q.measureId];
          return against && against.label.trim() ? [keyOf(against)] : [];
        });
        const against = [...new Set(labelled)];
        escalation.push({ on: key, label: f.label, measures: against });
      }
    }
    return { measures: keysOnPath, ...(escalation.length > 0 ? { escalation } : {}) };
  };
  const causes = causeLines(doc, riskId).map(({ line, cause }) => ({ label: cause.label, ...(cause.domain ? { domain: cause.domain } : {}), ...path(line.id) }));
  const consequences = consequenceLines(doc, riskId).map(({ line, consequence }) => ({
    label: consequence.label,
    ...(consequence.impactCategory ? { impactCategory: consequence.impactCategory } : {}),
    ...path(line.id),
  }));
  const theme = risk.themeId ? doc.themes[risk.themeId]?.code : undefined;
  return checkTemplate({
    version: 1,
    id: ownTemplateId(title),
    title: { nl: title, en: title },
    ...(theme ? { theme } : {}),
    sources: [],
    hazard: risk.hazard.trim() || risk.title,
    centralEvent: risk.centralEvent.trim() || risk.title,
    causes: causes.filter((c) => c.label.trim()),
    consequences: consequences.filter((c) => c.label.trim()),
    measures,
  });
}
