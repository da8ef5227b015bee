/** Operations on the project itself: title, municipality, period, language, scales, report details, advice rule. */
import type { ProjectDoc } from '../doc.ts';
import { projectCheck, type Project } from '../entities.ts';
import { checkPatch } from './guard.ts';
import { now } from './stamp.ts';

const EDITABLE = ['title', 'municipality', 'period', 'language', 'confidentiality', 'description', 'scales', 'municipalityCode', 'organisation', 'author', 'version', 'status', 'adviceRule'] as const;
export type ProjectPatch = Partial<Pick<Project, (typeof EDITABLE)[number]>>;

/**
 * Edits project fields. Replacing the scales keeps existing scores; scores that no longer fit
 * stay in the file and are shown as out of range by the views.
 */
export function updateProject(doc: ProjectDoc, patch: ProjectPatch): void {
  const p = checkPatch(projectCheck.shape, EDITABLE, patch);
  const changed: string[] = [];
  const project = doc.project as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(p)) {
    if (JSON.stringify(project[k]) !== JSON.stringify(v)) {
      project[k] = v;
      changed.push(k);
    }
  }
  if (changed.length > 0) doc.project.updatedAt = now();
}
