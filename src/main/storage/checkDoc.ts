/**
 * A whole-document check for documents that did not come from a file: every row against its
 * entity check, then referential integrity. The document to store is what the checks return
 * (text cleaned by the model's rule), never the value as it came in.
 */
import { because, CheckError } from '../../shared/model/check.ts';
import type { MessageRef } from '../../shared/i18n/t.ts';
import { emptyTables, type ProjectDoc } from '../../shared/model/doc.ts';
import { TABLES, TABLE_NAMES, projectCheck } from '../../shared/model/entities.ts';
import { problemMessage, validateDoc } from '../../shared/model/integrity.ts';

export type DocVerdict = { doc: ProjectDoc; problem: null } | { doc: null; problem: MessageRef };

/** The checked document, or its first problem as a message. */
export function checkDoc(doc: ProjectDoc): DocVerdict {
  let out: ProjectDoc;
  try {
    out = { project: projectCheck(doc.project, 'project'), ...emptyTables() };
    for (const name of TABLE_NAMES) {
      const check = TABLES[name] as (v: unknown, p: string) => { id: string };
      const rows = out[name] as Record<string, unknown>;
      for (const [key, row] of Object.entries(doc[name])) {
        const checked = check(row, `${name}.${key}`);
        // Also keeps a key like "__proto__" from ever being assigned.
        if (checked.id !== key) return { doc: null, problem: because('damage.keyNotId', { path: `${name}.${key}` }) };
        rows[key] = checked;
      }
    }
  } catch (err) {
    if (err instanceof CheckError) return { doc: null, problem: err.toMessage() };
    throw err;
  }
  const problems = validateDoc(out);
  return problems.length > 0 ? { doc: null, problem: problemMessage(problems[0]!) } : { doc: out, problem: null };
}

export function firstDocProblem(doc: ProjectDoc): MessageRef | null {
  return checkDoc(doc).problem;
}
