/** A small bow-tie built with the model's operations, for the editor's unit tests. */
import type { ProjectDoc } from '../../src/shared/model/doc.ts';
import { newProjectDoc } from '../../src/shared/model/newProject.ts';
import { addCause, addConsequence, addEscalationFactor, addMeasure, addRisk, updateRisk } from '../../src/shared/model/ops/index.ts';

export interface Sample {
  doc: ProjectDoc;
  riskId: string;
  causes: string[];
  consequences: string[];
  /** Placements: [cause0 m0, cause0 m1, cause1 m0, consequence0 m0] */
  placements: string[];
  factor: string;
  factorMeasure: string;
}

/** Risk with causes A, B; consequences X, Y; two measures on A, one on B, one on X; a factor under A's first measure with one measure. */
export function sample(): Sample {
  const doc = newProjectDoc({ title: 'Test' });
  const riskId = addRisk(doc, { title: 'Drugslabs' });
  updateRisk(doc, riskId, { hazard: 'Leegstaande agrarische gebouwen', centralEvent: 'Drugslab in gebruik' });
  const causes = [addCause(doc, riskId, { label: 'A' }), addCause(doc, riskId, { label: 'B' })];
  const consequences = [addConsequence(doc, riskId, { label: 'X' }), addConsequence(doc, riskId, { label: 'Y' })];
  const placements = [
    addMeasure(doc, { pathKind: 'cause', pathId: causes[0]!, label: 'A1' }),
    addMeasure(doc, { pathKind: 'cause', pathId: causes[0]!, label: 'A2' }),
    addMeasure(doc, { pathKind: 'cause', pathId: causes[1]!, label: 'B1' }),
    addMeasure(doc, { pathKind: 'consequence', pathId: consequences[0]!, label: 'X1' }),
  ];
  const factor = addEscalationFactor(doc, placements[0]!, { label: 'F' });
  const factorMeasure = addMeasure(doc, { pathKind: 'escalation', pathId: factor, label: 'F1' });
  return { doc, riskId, causes, consequences, placements, factor, factorMeasure };
}
