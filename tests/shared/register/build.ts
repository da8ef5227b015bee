/** A project holding the 40-row long list fixture, built with the real import. */
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
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
