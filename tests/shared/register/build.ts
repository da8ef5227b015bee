/** A project holding the 40-row long list fixture, built with the real import. */
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { updateArea } from '../../../src/shared/model/ops/areas.ts';
import { setScore } from '../../../src/shared/model/ops/scores.ts';
import { applyImport } from '../../../src/shared/register/applyImport.ts';
import { detectMapping } from '../../../src/shared/register/columns.ts';
import { planImport } from '../../../src/shared/register/planImport.ts';
import { registerRows } from '../../../src/shared/register/registerRows.ts';
import { fixtureTable } from './importList.ts';

export function importedProject(): ProjectDoc {
  const doc = newProjectDoc({ title: 'Gemeente Voorbeeld' });
  const table = fixtureTable(doc, 'longlist-40.csv');
  applyImport(doc, planImport(doc, table, detectMapping(table.headers, doc.project.scales)));
  return doc;
}

/** What a user sees of each risk in the register, independent of ids. */
export function visibleRegister(doc: ProjectDoc) {
  return registerRows(doc).map((r) => ({
    code: r.risk.code,
    title: r.risk.title,
    field: r.field?.label,
    theme: r.theme?.label,
    areas: r.areas.map((a) => a.name),
    status: r.risk.status,
    advice: r.risk.priorityAdvice,
    values: r.values,
    band: r.band?.label,
  }));
}

/** The 40-row project with areas of every kind, CBS codes, and residual scores on two risks. */
export function projectWithDetails(): ProjectDoc {
  const doc = importedProject();
  const area = (name: string) => Object.values(doc.areas).find((a) => a.name === name)!;
  updateArea(doc, area('Noord').id, { cbsCode: 'WK034401' });
  updateArea(doc, area('Centrum').id, { kind: 'village' });
  updateArea(doc, area('Oost').id, { kind: 'hotspot', cbsCode: 'BU03440101' });
  const risk = (code: string) => Object.values(doc.risks).find((r) => r.code === code)!.id;
  setScore(doc, risk('R01'), 'residual.likelihood', 2);
  setScore(doc, risk('R01'), 'residual.impact', 3);
  setScore(doc, risk('R07'), 'residual.impact', 4);
  return doc;
}

/** The areas of a project by what a user sets: name, kind and CBS code. */
export function areasOf(doc: ProjectDoc) {
  return Object.values(doc.areas)
    .map(({ name, kind, cbsCode }) => ({ name, kind, cbsCode }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
