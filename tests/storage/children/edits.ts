/**
 * The deterministic edit stream of the durability test: edit n adds risk "Risico n"; every
 * seventh edit also deletes the previous risk and renames the project. Replaying edits 1..k on
 * a fresh document gives the state after k acknowledged edits.
 */
import type { Change, ProjectDoc } from '../../../src/shared/model/doc.ts';
import type { Risk } from '../../../src/shared/model/entities.ts';
import { riskDefaults } from '../../builders/riskDefaults.ts';

function idFor(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function editNumber(doc: ProjectDoc, n: number): Change[] {
  const at = new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();
  const risk: Risk = { ...riskDefaults(`Risico ${n}`, n), id: idFor(n), createdAt: at, updatedAt: at, code: `R${n}`, description: 'x'.repeat(n % 300), confidentiality: 'internal' };
  const changes: Change[] = [{ op: 'put', table: 'risks', value: risk }];
  if (n % 7 === 0) {
    changes.push({ op: 'delete', table: 'risks', id: idFor(n - 1) });
    changes.push({ op: 'project', value: { ...doc.project, title: `Duurzaamheid na ${n}`, updatedAt: at } });
  }
  return changes;
}

/** The titles of the risks and of the project after edits 1..k. */
export function expectedAfter(k: number): { risks: string[]; project: string } {
  const risks = new Set<number>();
  let project = 'Duurzaamheid';
  for (let n = 1; n <= k; n++) {
    risks.add(n);
    if (n % 7 === 0) {
      risks.delete(n - 1);
      project = `Duurzaamheid na ${n}`;
    }
  }
  return { risks: [...risks].map((n) => `Risico ${n}`).sort(), project };
}
