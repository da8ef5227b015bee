/**
 * Adds chosen starter risks to a project as ordinary long-list risks (through `addRisk`, so they
 * are undoable like any other edit). A risk whose title the project already has is skipped, so
 * offering the list twice never duplicates; the theme is found by its Kernbeleid code and left
 * empty when the project no longer has that theme.
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { Language } from '../model/vocab.ts';
import { addRisk } from '../model/ops/risks.ts';
import { rowsOf } from '../model/ops/read.ts';
import { foldLabel } from '../model/sameLabel.ts';
import type { StarterRisk } from './starterList.ts';

/** Whether the project already has a risk with this starter risk's title (either language). */
export function hasStarterRisk(doc: ProjectDoc, risk: StarterRisk, titles: ReadonlySet<string> = riskTitles(doc)): boolean {
  return titles.has(foldLabel(risk.title.nl)) || titles.has(foldLabel(risk.title.en));
}

/** The folded titles of the project's risks. */
export function riskTitles(doc: ProjectDoc): Set<string> {
  return new Set(rowsOf(doc.risks).map((r) => foldLabel(r.title)));
}

/** Adds `risks` in the given order in `lang`; returns the ids of the risks added. */
export function addStarterRisks(doc: ProjectDoc, risks: readonly StarterRisk[], lang: Language = 'nl'): string[] {
  const themeByCode = new Map(rowsOf(doc.themes).map((t) => [t.code, t.id]));
  const titles = riskTitles(doc);
  const added: string[] = [];
  for (const r of risks) {
    if (hasStarterRisk(doc, r, titles)) continue;
    titles.add(foldLabel(r.title[lang]));
    added.push(addRisk(doc, { title: r.title[lang], description: r.description[lang], themeId: themeByCode.get(r.theme) ?? null }));
  }
  return added;
}
