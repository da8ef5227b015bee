/**
 * How a difference is named and grouped: the risk an entity belongs to and a label a user
 * recognises. Pure lookups in the copies; a concept shared by several bow-ties belongs to the
 * first risk that uses it.
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { TableName } from '../model/entities.ts';
import type { EntityTable } from './types.ts';

type Row = Record<string, unknown> & { id: string };

/** Indexes the concept → first risk that uses it, once per document. */
export class Describer {
  private readonly conceptRisk = new Map<string, string>();
  private readonly docs: readonly ProjectDoc[];

  constructor(docs: readonly ProjectDoc[]) {
    this.docs = docs;
    for (const doc of docs) {
      for (const l of Object.values(doc.riskCauses)) if (!this.conceptRisk.has(l.causeId)) this.conceptRisk.set(l.causeId, l.riskId);
      for (const l of Object.values(doc.riskConsequences)) if (!this.conceptRisk.has(l.consequenceId)) this.conceptRisk.set(l.consequenceId, l.riskId);
      for (const p of Object.values(doc.placements)) if (!this.conceptRisk.has(p.measureId)) this.conceptRisk.set(p.measureId, p.riskId);
    }
  }

  private row(table: TableName, id: string): Row | undefined {
    for (const doc of this.docs) {
      const r = (doc[table] as Record<string, Row>)[id];
      if (r) return r;
    }
    return undefined;
  }

  /** The risk a row belongs to, or null for project-wide rows (themes, areas, partners, …). */
  riskOf(table: EntityTable, id: string): string | null {
    if (table === 'project') return null;
    if (table === 'risks') return id;
    if (table === 'causes' || table === 'consequences' || table === 'measures') return this.conceptRisk.get(id) ?? null;
    if (table === 'escalationFactors') {
      const f = this.row('escalationFactors', id);
      const p = f ? this.row('placements', String(f['placementId'])) : undefined;
      return p ? String(p['riskId']) : null;
    }
    if (table === 'scoringSessions') {
      const s = this.row('scoringSessions', id);
      const ids = s?.['riskIds'];
      return Array.isArray(ids) && typeof ids[0] === 'string' ? ids[0] : null;
    }
    const r = this.row(table, id);
    const riskId = r?.['riskId'];
    return typeof riskId === 'string' ? riskId : null;
  }

  /** A label a user recognises: the risk's code and title, a concept's label, a name. */
  labelOf(table: EntityTable, id: string): string {
    if (table === 'project') return '';
    const r = this.row(table, id);
    if (!r) return id;
    switch (table) {
      case 'risks':
        return [r['code'], r['title']].filter((s) => typeof s === 'string' && s !== '').join(' ');
      case 'riskCauses':
        return this.labelOf('causes', String(r['causeId']));
      case 'riskConsequences':
        return this.labelOf('consequences', String(r['consequenceId']));
      case 'placements':
        return this.labelOf('measures', String(r['measureId']));
      case 'scores':
      case 'sessionVotes':
        return String(r['criterion']);
      case 'layoutOverrides':
        return String(r['nodeKey']);
      default:
        for (const f of ['label', 'name', 'title']) if (typeof r[f] === 'string') return r[f] as string;
        return id;
    }
  }
}
