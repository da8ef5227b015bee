/**
 * Finds the field, theme and areas an imported row names, by code or label, loosely. What is not
 * found is proposed as new: an own theme under a known field, or a new area.
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { Area, Theme } from '../model/entities.ts';
import type { AreaKind } from '../model/vocab.ts';
import { areaKindFor, parseAreaCell } from './areaCell.ts';
import { normalise } from './normalise.ts';

export type ThemeRef = { kind: 'existing'; id: string } | { kind: 'new'; label: string; fieldId: string };
export type AreaRef = { kind: 'existing'; id: string } | { kind: 'new'; name: string; areaKind: AreaKind; cbsCode: string | null };

interface Named {
  theme: Theme;
  code: string;
  label: string;
}

const named = (t: Theme): Named => ({ theme: t, code: normalise(t.code), label: normalise(t.label) });

function matchTheme(themes: readonly Named[], raw: string): Theme[] {
  const text = normalise(raw);
  const exact = themes.filter((t) => t.code === text || t.label === text);
  if (exact.length > 0) return exact.map((t) => t.theme);
  // "VWL-1.1 Sociale kwaliteit": a code followed by its label.
  const byCodePrefix = themes.filter((t) => text.startsWith(`${t.code} `)).sort((a, b) => b.code.length - a.code.length);
  if (byCodePrefix.length > 0) return [byCodePrefix[0]!.theme];
  // "1.1 Sociale kwaliteit", "3. Jeugd en veiligheid": numbering as in the Kernbeleid, then the label.
  const unnumbered = text.replace(/^\d+(\.\d+)*\.?\s+/, '');
  return unnumbered === text ? [] : themes.filter((t) => t.label === unnumbered).map((t) => t.theme);
}

/** The project's fields and themes, for lookups by code or label. */
export class ThemeIndex {
  private readonly fields: Named[];
  private readonly themes: Named[];
  constructor(doc: ProjectDoc) {
    const all = Object.values(doc.themes);
    this.fields = all.filter((t) => t.parentId === null).map(named);
    this.themes = all.filter((t) => t.parentId !== null).map(named);
  }

  /** The field named by `raw` (a field's code or label), or undefined. */
  field(raw: string): Theme | undefined {
    return matchTheme(this.fields, raw)[0];
  }

  /**
   * The theme named by `raw`, preferring one under `fieldId`. A field's own name is accepted too
   * (a risk may hang directly under a field). `null` when nothing matches.
   */
  theme(raw: string, fieldId: string | null): Theme | null {
    const candidates = matchTheme(this.themes, raw);
    const inField = fieldId ? candidates.find((t) => t.parentId === fieldId) : undefined;
    return inField ?? candidates[0] ?? this.field(raw) ?? null;
  }
}

/** The project's areas, for lookups by name or CBS code. */
export class AreaIndex {
  private readonly byKey = new Map<string, Area>();
  constructor(doc: ProjectDoc) {
    for (const a of Object.values(doc.areas)) {
      this.byKey.set(normalise(a.name), a);
      if (a.cbsCode) this.byKey.set(normalise(a.cbsCode), a);
    }
  }

  /**
   * The area named `raw`, or a proposal for a new one. `raw` may carry the kind and CBS code as
   * an exported register writes them ("Noord (wijk, WK034401)", areaCell.ts).
   */
  resolve(raw: string): AreaRef {
    const found = this.byKey.get(normalise(raw));
    if (found) return { kind: 'existing', id: found.id };
    const { name, kind, cbsCode } = parseAreaCell(raw);
    const known = this.byKey.get(normalise(name)) ?? (cbsCode ? this.byKey.get(normalise(cbsCode)) : undefined);
    if (known) return { kind: 'existing', id: known.id };
    return { kind: 'new', name, areaKind: kind ?? areaKindFor(cbsCode, name), cbsCode };
  }
}
