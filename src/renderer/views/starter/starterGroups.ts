/** The starter list grouped for the picker: field → theme → risks, in Kernbeleid order. */
import type { ProjectDoc } from '../../../shared/model/doc.ts';
import type { StarterRisk } from '../../../shared/starter/starterList.ts';
import { KERNBELEID } from '../../../shared/taxonomy/kernbeleid.ts';

export interface StarterThemeGroup {
  code: string;
  label: string;
  risks: StarterRisk[];
}
export interface StarterFieldGroup {
  code: string;
  label: string;
  themes: StarterThemeGroup[];
}

/** Labels come from the project's own taxonomy when it still has the code, else from Kernbeleid. */
export function starterGroups(doc: ProjectDoc, risks: readonly StarterRisk[]): StarterFieldGroup[] {
  const own = new Map(Object.values(doc.themes).map((t) => [t.code, t.label]));
  const label = (code: string, fallback: string) => own.get(code) ?? fallback;
  const fields: StarterFieldGroup[] = [];
  for (const e of KERNBELEID) {
    if (!e.field) {
      fields.push({ code: e.code, label: label(e.code, e.label), themes: [] });
      continue;
    }
    const inTheme = risks.filter((r) => r.theme === e.code);
    if (inTheme.length > 0) fields.find((f) => f.code === e.field)?.themes.push({ code: e.code, label: label(e.code, e.label), risks: inTheme });
  }
  return fields.filter((f) => f.themes.length > 0);
}
