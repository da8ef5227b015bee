/**
 * Builds test documents with the model's entities directly, with deterministic ids so layouts
 * and images can be compared between runs.
 */
import { projectDefaults } from '../../builders/projectDefaults.ts';
import { emptyTables, type ProjectDoc } from '../../../src/shared/model/doc.ts';
import type { Measure } from '../../../src/shared/model/entities.ts';
import type { Confidentiality } from '../../../src/shared/model/vocab.ts';
import { defaultScales } from '../../../src/shared/scales/defaults.ts';
import { measureDefaults } from '../../builders/measureDefaults.ts';
import { riskDefaults } from '../../builders/riskDefaults.ts';

const T = '2026-01-01T00:00:00.000Z';
const stamps = (id: string) => ({ id, createdAt: T, updatedAt: T });

export interface Builder {
  doc: ProjectDoc;
  id(): string;
  risk(p?: { hazard?: string; centralEvent?: string; code?: string; title?: string; confidentiality?: Confidentiality }): string;
  /** Adds a cause line (and its concept); returns the riskCause id. */
  cause(riskId: string, label: string, p?: { order?: number; confidentiality?: Confidentiality }): string;
  /** Adds a consequence line; returns the riskConsequence id. */
  consequence(riskId: string, label: string, p?: { order?: number; confidentiality?: Confidentiality }): string;
  partner(name: string): string;
  /** Adds a measure and places it on a path; returns the placement id. */
  measure(riskId: string, pathKind: 'cause' | 'consequence' | 'escalation', pathId: string, label: string, p?: Partial<Measure> & { order?: number }): string;
  /** Adds an escalation factor under a placement; returns its id. */
  escalation(placementId: string, label: string, p?: { order?: number }): string;
  score(riskId: string, criterion: string, value: number): void;
  override(riskId: string, nodeKey: string, dx: number, dy: number): void;
}

/** A fresh document with default scales. */
export function builder(seed = 1): Builder {
  let n = seed * 1_000_000;
  const id = (): string => {
    n += 1;
    return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  };
  const doc: ProjectDoc = {
    project: {
      ...stamps(id()),
      documentId: id(),
      title: 'Test',
      municipality: 'Teststad',
      period: '2027–2030',
      language: 'nl',
      confidentiality: 'internal',
      scales: defaultScales(),
      description: '',
      ...projectDefaults(),
    },
    ...emptyTables(),
  };
  let order = 0;
  const b: Builder = {
    doc,
    id,
    risk(p = {}) {
      const rid = id();
      const count = Object.keys(doc.risks).length + 1;
      doc.risks[rid] = {
        ...riskDefaults(p.title ?? `Risico ${count}`, count),
        ...stamps(rid),
        code: p.code ?? `R${String(count).padStart(2, '0')}`,
        hazard: p.hazard ?? 'Gevaar',
        centralEvent: p.centralEvent ?? 'Centrale gebeurtenis',
        status: 'workedOut',
        confidentiality: p.confidentiality ?? 'public',
      };
      return rid;
    },
    cause(riskId, label, p = {}) {
      const cid = id();
      doc.causes[cid] = { ...stamps(cid), label, description: '', domain: null, confidentiality: p.confidentiality ?? 'public' };
      const lid = id();
      doc.riskCauses[lid] = { ...stamps(lid), riskId, causeId: cid, order: p.order ?? order++ };
      return lid;
    },
    consequence(riskId, label, p = {}) {
      const cid = id();
      doc.consequences[cid] = { ...stamps(cid), label, description: '', impactCategory: null, confidentiality: p.confidentiality ?? 'public' };
      const lid = id();
      doc.riskConsequences[lid] = { ...stamps(lid), riskId, consequenceId: cid, order: p.order ?? order++ };
      return lid;
    },
    partner(name) {
      const pid = id();
      doc.partners[pid] = { ...stamps(pid), name, kind: 'other', domain: null, role: '' };
      return pid;
    },
    measure(riskId, pathKind, pathId, label, p = {}) {
      const { order: o, ...fields } = p;
      const mid = id();
      doc.measures[mid] = {
        ...stamps(mid),
        ...measureDefaults(label),
        ...fields,
      };
      const pid = id();
      doc.placements[pid] = { ...stamps(pid), measureId: mid, riskId, pathKind, pathId, order: o ?? order++ };
      return pid;
    },
    escalation(placementId, label, p = {}) {
      const eid = id();
      doc.escalationFactors[eid] = { ...stamps(eid), placementId, label, description: '', order: p.order ?? order++ };
      return eid;
    },
    score(riskId, criterion, value) {
      const sid = id();
      doc.scores[sid] = { ...stamps(sid), riskId, criterion, value, session: '' };
    },
    override(riskId, nodeKey, dx, dy) {
      const oid = id();
      doc.layoutOverrides[oid] = { ...stamps(oid), riskId, nodeKey, dx, dy };
    },
  };
  return b;
}
