/**
 * A whole-document check for documents that did not come from a file: every row against its
 * entity check, then referential integrity. Returns a Dutch description of the first problem.
 */
import { CheckError } from '../../shared/model/check.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import { TABLES, TABLE_NAMES, projectCheck } from '../../shared/model/entities.ts';
import { describeProblem, validateDoc } from '../../shared/model/integrity.ts';

export function firstDocProblem(doc: ProjectDoc): string | null {
  try {
    projectCheck(doc.project, 'project');
    for (const name of TABLE_NAMES) {
      const check = TABLES[name];
      for (const [key, row] of Object.entries(doc[name])) check(row, `${name}.${key}`);
    }
  } catch (err) {
    if (err instanceof CheckError) return err.message;
    throw err;
  }
  const problems = validateDoc(doc);
  return problems.length > 0 ? describeProblem(problems[0]!) : null;
}
