/**
 * Builds the example project "Gemeente Voorbeeld" with the real operations, from the data in
 * register.ts and bowties.ts. Ids and timestamps come from a fixed seed, so the output is the
 * same on every run (the JSON in resources/examples is stable in git, and a test checks that it
 * is up to date).
 */
import type { ProjectDoc } from '../../src/shared/model/doc.ts';
import { stringifyInterchange } from '../../src/shared/model/interchange.ts';
import { newProjectDoc } from '../../src/shared/model/newProject.ts';
import * as ops from '../../src/shared/model/ops/index.ts';
import { sequentialIdentity, withIdentity } from '../../src/shared/model/ops/stamp.ts';
import { DEFAULT_PARTNERS } from '../../src/shared/partners/defaults.ts';
import { BOWTIES, type MeasureSpec } from './bowties.ts';
import { AREAS, RISKS } from './register.ts';

const SEED = 20_270_101;
const START = '2026-03-02T09:00:00.000Z';
/** The export time written into the JSON. */
export const EXPORTED_AT = '2026-03-16T12:00:00.000Z';

/** The example project as a document. */
export function buildExampleDoc(): ProjectDoc {
  return withIdentity(sequentialIdentity(SEED, START), () => {
    const doc = newProjectDoc({ title: 'Integraal Veiligheidsrisicoprofiel Gemeente Voorbeeld', municipality: 'Gemeente Voorbeeld', period: '2027–2030' });
    ops.updateProject(doc, {
      description:
        'Voorbeeldproject (fictief). Het veiligheidsrisicoprofiel van de gemeente Voorbeeld als basis voor het Integraal Veiligheidsplan 2027–2030: een longlist van risico’s volgens het Kernbeleid Veiligheid, gescoord in werksessies met partners, met drie prioriteiten uitgewerkt als vlinderdas.',
      organisation: 'Gemeente Voorbeeld, team Openbare Orde en Veiligheid',
      author: 'Adviseur integrale veiligheid',
    });
    const partner = partnerIds(doc);
    const theme = new Map(Object.values(doc.themes).map((t) => [t.code, t.id]));
    const area = new Map<string, string>();
    for (const a of AREAS) area.set(a.key, ops.addArea(doc, { name: a.name, kind: a.kind, cbsCode: a.cbsCode ?? null, parentId: a.parent ? area.get(a.parent)! : null }));

    const risk = new Map<string, string>();
    for (const r of RISKS) {
      const id = ops.addRisk(doc, {
        title: r.title,
        themeId: theme.get(r.theme)!,
        areaIds: r.areas.map((k) => area.get(k)!),
        status: r.status,
        priorityAdvice: r.advice,
        hazard: r.hazard ?? '',
        centralEvent: r.centralEvent ?? '',
        description: r.description,
        confidentiality: r.confidentiality ?? 'public',
      });
      if (r.evidence) ops.updateRisk(doc, id, { evidence: r.evidence });
      const { residual, ...scores } = r.scores;
      for (const [criterion, value] of Object.entries(scores)) ops.setScore(doc, id, criterion, value);
      if (residual) {
        ops.setScore(doc, id, 'residual.likelihood', residual[0]);
        ops.setScore(doc, id, 'residual.impact', residual[1]);
      }
      risk.set(r.key, id);
    }

    // Shared concepts: the first occurrence creates, later ones link.
    const causes = new Map<string, string>();
    const measures = new Map<string, string>();
    const place = (m: MeasureSpec, path: ops.PathRef): string => {
      const shared = m.link ? measures.get(m.link) : undefined;
      if (shared) return ops.placeMeasure(doc, shared, path);
      const placement = ops.addMeasure(doc, {
        ...path,
        label: m.label,
        description: m.description ?? '',
        ownerId: partner(m.owner),
        domain: m.domain,
        chainLink: m.chainLink,
        status: m.status,
        effectiveness: m.effectiveness,
        type: m.type,
        quickWin: m.quickWin ?? false,
        plannedYear: m.plannedYear ?? null,
        budgetNote: m.budgetNote ?? '',
        confidentiality: m.confidentiality ?? 'public',
      });
      if (m.link) measures.set(m.link, doc.placements[placement]!.measureId);
      for (const e of m.escalation ?? []) {
        const factor = ops.addEscalationFactor(doc, placement, { label: e.label });
        for (const em of e.measures) place(em, { pathKind: 'escalation', pathId: factor });
      }
      return placement;
    };

    for (const b of BOWTIES) {
      const riskId = risk.get(b.risk)!;
      for (const c of b.causes) {
        const existing = c.link ? causes.get(c.link) : undefined;
        const line = existing ? ops.linkCause(doc, riskId, existing) : ops.addCause(doc, riskId, { label: c.label, domain: c.domain });
        if (c.link && !existing) causes.set(c.link, doc.riskCauses[line]!.causeId);
        for (const m of c.measures) place(m, { pathKind: 'cause', pathId: line });
      }
      for (const q of b.consequences) {
        const line = ops.addConsequence(doc, riskId, { label: q.label, impactCategory: q.impact });
        for (const m of q.measures) place(m, { pathKind: 'consequence', pathId: line });
      }
      ops.updateRisk(doc, riskId, { goals: b.goals, resources: b.resources, policyRelations: b.policyRelations, priorityReason: b.priorityReason });
      for (const ind of b.indicators) ops.addIndicator(doc, riskId, ind);
    }
    return doc;
  });
}

/** Looks up the partners of the new project by the keys of the default list. */
function partnerIds(doc: ProjectDoc): (key: string) => string {
  const byName = new Map(Object.values(doc.partners).map((p) => [p.name, p.id]));
  return (key) => {
    const p = DEFAULT_PARTNERS.find((d) => d.key === key);
    const id = p && byName.get(p.name);
    if (!id) throw new Error(`unknown partner key ${key}`);
    return id;
  };
}

/** The example project as interchange JSON text, exactly as stored in resources/examples. */
export function buildExampleJson(): string {
  return stringifyInterchange(buildExampleDoc(), { exportedAt: EXPORTED_AT });
}
