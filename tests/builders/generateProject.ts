/**
 * A deterministic generator of large, realistic projects for tests and benchmarks:
 * `generateProject({ risks: 200, workedOut: 30, seed: 1 })` gives about 15 000 entities — every
 * risk with at least a sketched bow-tie, the first `workedOut` fully worked out with escalation
 * factors, shared causes and shared measures across risks, scores, goals and indicators.
 * Same options, same document (ids and timestamps come from the seed). It always passes the
 * entity checks and validateDoc.
 */
import { projectDefaults } from './projectDefaults.ts';
import { emptyTables, type ProjectDoc } from '../../src/shared/model/doc.ts';
import type { Area, Cause, Consequence, EscalationFactor, Indicator, Measure, Partner, Placement, Risk, Theme } from '../../src/shared/model/entities.ts';
import { defaultScales } from '../../src/shared/scales/defaults.ts';
import { KERNBELEID } from '../../src/shared/taxonomy/kernbeleid.ts';
import { CHAIN_LINKS, DOMAINS, EFFECTIVENESS, IMPACT_CATEGORIES, MEASURE_STATUS, MEASURE_TYPES, PRIORITY_ADVICE } from '../../src/shared/model/vocab.ts';
import { CAUSES, CONSEQUENCES, ESCALATIONS, MEASURES, PARTNERS, PLACES, RISK_SUBJECTS, SENTENCES } from './phrases.ts';
import { createRng, type Rng } from './random.ts';
import { measureDefaults } from './measureDefaults.ts';
import { riskDefaults } from './riskDefaults.ts';

export interface GenerateOptions {
  risks?: number;
  workedOut?: number;
  seed?: number;
}

const BASE_TIME = Date.UTC(2026, 0, 12, 8, 0, 0);
const SCORE_CRITERIA = ['likelihood', 'impact', 'trend', 'influenceability', 'urgency', 'publicUnrest'];

export function generateProject(opts: GenerateOptions = {}): ProjectDoc {
  const riskCount = opts.risks ?? 200;
  const workedOut = Math.min(opts.workedOut ?? 30, riskCount);
  const g = new Generator(createRng(opts.seed ?? 1));
  return g.build(riskCount, workedOut);
}

class Generator {
  private readonly rng: Rng;
  private readonly doc: ProjectDoc;
  private clock = 0;
  private readonly causes: Cause[] = [];
  private readonly consequences: Consequence[] = [];
  private readonly measures: Measure[] = [];

  constructor(rng: Rng) {
    this.rng = rng;
    const created = this.time();
    this.doc = {
      project: {
        id: rng.uuid(), documentId: rng.uuid(), createdAt: created, updatedAt: created, title: 'Integraal veiligheidsrisicoprofiel (gegenereerd)',
        municipality: 'Gemeente Voorbeeldrijk', period: '2027–2030', language: 'nl', confidentiality: 'internal', scales: defaultScales(),
        description: 'Een gegenereerd project voor tests en metingen. Het beschrijft fenomenen en gebieden, geen personen.',
        ...projectDefaults(),
      },
      ...emptyTables(),
    };
  }

  /** Strictly increasing timestamps, a few minutes apart. */
  private time(): string {
    this.clock += 1 + this.rng.int(0, 300_000);
    return new Date(BASE_TIME + this.clock).toISOString();
  }

  private stamps(): { id: string; createdAt: string; updatedAt: string } {
    const t = this.time();
    return { id: this.rng.uuid(), createdAt: t, updatedAt: this.rng.chance(0.3) ? this.time() : t };
  }

  private sentences(min: number, max: number): string {
    return Array.from({ length: this.rng.int(min, max) }, () => this.rng.pick(SENTENCES)).join(' ');
  }

  build(riskCount: number, workedOut: number): ProjectDoc {
    const themes = this.themes();
    const areas = this.areas();
    const partners = PARTNERS.map((p) => this.put('partners', { ...this.stamps(), name: p.name, kind: p.kind, domain: this.rng.pick([...DOMAINS, null]), role: '' } satisfies Partner));
    for (let i = 0; i < riskCount; i++) this.risk(i, i < workedOut, themes, areas, partners);
    return this.doc;
  }

  private put<T extends { id: string }>(table: keyof ReturnType<typeof emptyTables>, row: T): T {
    (this.doc[table] as Record<string, unknown>)[row.id] = row;
    return row;
  }

  private remember<T extends { id: string }>(list: T[], table: keyof ReturnType<typeof emptyTables>, row: T): T {
    list.push(row);
    return this.put(table, row);
  }

  private themes(): Theme[] {
    const fields = new Map<string, string>();
    const themes: Theme[] = [];
    KERNBELEID.forEach((entry, order) => {
      const theme = this.put('themes', { ...this.stamps(), code: entry.code, parentId: entry.field ? fields.get(entry.field)! : null, label: entry.label, order } satisfies Theme);
      if (entry.field) themes.push(theme);
      else fields.set(entry.code, theme.id);
    });
    return themes;
  }

  private areas(): Area[] {
    const gm = this.put('areas', { ...this.stamps(), name: 'Voorbeeldrijk', kind: 'municipality', cbsCode: 'GM1234', parentId: null } satisfies Area);
    const out: Area[] = [gm];
    for (let w = 1; w <= 8; w++) {
      const wijk = this.put('areas', { ...this.stamps(), name: `Wijk ${w}`, kind: 'district', cbsCode: `WK1234${String(w).padStart(2, '0')}`, parentId: gm.id } satisfies Area);
      out.push(wijk);
      for (let b = 1; b <= 4; b++) {
        out.push(this.put('areas', { ...this.stamps(), name: `Buurt ${w}.${b}`, kind: 'neighbourhood', cbsCode: `BU1234${String(w).padStart(2, '0')}${String(b).padStart(2, '0')}`, parentId: wijk.id } satisfies Area));
      }
    }
    for (const name of ['Stationsplein', 'Uitgaansstraat', 'Haventerrein']) out.push(this.put('areas', { ...this.stamps(), name, kind: 'hotspot', cbsCode: null, parentId: gm.id } satisfies Area));
    return out;
  }

  private risk(i: number, full: boolean, themes: Theme[], areas: Area[], partners: Partner[]): void {
    const rng = this.rng;
    const subject = RISK_SUBJECTS[i % RISK_SUBJECTS.length]!;
    const areaIds = [...new Set(Array.from({ length: rng.int(0, 3) }, () => rng.pick(areas).id))];
    const risk = this.put('risks', {
      ...this.stamps(), ...riskDefaults(`${subject} ${rng.pick(PLACES)}`, i), code: `R${String(i + 1).padStart(2, '0')}`, hazard: subject,
      centralEvent: `${subject} vindt plaats`, description: this.sentences(1, 4), themeId: rng.pick(themes).id, areaIds,
      status: full ? 'workedOut' : rng.chance(0.2) ? 'selected' : 'longlist', priorityAdvice: rng.pick([...PRIORITY_ADVICE, null]),
      goals: full ? ['Afname van het aantal meldingen met 20%', 'Partners kennen elkaars rol en signalen'].slice(0, rng.int(1, 2)) : [],
      indicators: full ? [this.indicator(), this.indicator()] : [], evidence: this.sentences(0, 2), resources: full ? 'Binnen bestaande budgetten; aanvullend 0,2 fte.' : '',
      confidentiality: rng.pick(['public', 'internal', 'internal', 'confidential'] as const),
    } satisfies Risk);
    for (const criterion of SCORE_CRITERIA) this.put('scores', { ...this.stamps(), riskId: risk.id, criterion, value: rng.int(1, 5), session: '' });
    const causeLines = Array.from({ length: full ? rng.int(6, 9) : rng.int(4, 7) }, (_, order) => this.line(risk.id, order, 'cause'));
    const consLines = Array.from({ length: full ? rng.int(4, 7) : rng.int(3, 5) }, (_, order) => this.line(risk.id, order, 'consequence'));
    const placements: Placement[] = [];
    for (const line of causeLines) placements.push(...this.placements(risk.id, 'cause', line, full ? rng.int(2, 4) : rng.int(2, 3), partners));
    for (const line of consLines) placements.push(...this.placements(risk.id, 'consequence', line, full ? rng.int(2, 3) : rng.int(2, 3), partners));
    const factors = full ? rng.int(3, 5) : rng.int(0, 1);
    for (let f = 0; f < factors && placements.length > 0; f++) {
      const ef = this.put('escalationFactors', { ...this.stamps(), placementId: rng.pick(placements).id, label: rng.pick(ESCALATIONS), description: '', order: f } satisfies EscalationFactor);
      this.placements(risk.id, 'escalation', ef.id, rng.int(1, 2), partners);
    }
    if (full && rng.chance(0.5)) this.put('layoutOverrides', { ...this.stamps(), riskId: risk.id, nodeKey: `cause:${causeLines[0]}`, dx: rng.int(-40, 40), dy: rng.int(-40, 40) });
  }

  /** A cause/consequence line; one in six reuses a concept from another risk (a shared cause). */
  private line(riskId: string, order: number, side: 'cause' | 'consequence'): string {
    const rng = this.rng;
    if (side === 'cause') {
      const existing = this.causes;
      const reuse = existing.length > 20 && rng.chance(1 / 6) ? rng.pick(existing) : null;
      const cause = reuse ?? this.remember(this.causes, 'causes', { ...this.stamps(), label: rng.pick(CAUSES), description: rng.chance(0.3) ? this.sentences(1, 2) : '', domain: rng.pick([...DOMAINS, null]), confidentiality: 'internal' } satisfies Cause);
      return this.put('riskCauses', { ...this.stamps(), riskId, causeId: cause.id, order }).id;
    }
    const existing = this.consequences;
    const reuse = existing.length > 20 && rng.chance(1 / 6) ? rng.pick(existing) : null;
    const cons = reuse ?? this.remember(this.consequences, 'consequences', { ...this.stamps(), label: rng.pick(CONSEQUENCES), description: '', impactCategory: rng.pick([...IMPACT_CATEGORIES, null]), confidentiality: 'internal' } satisfies Consequence);
    return this.put('riskConsequences', { ...this.stamps(), riskId, consequenceId: cons.id, order }).id;
  }

  /** Measures on one path; one in four is a measure already used elsewhere (a shared measure). */
  private placements(riskId: string, pathKind: Placement['pathKind'], pathId: string, count: number, partners: Partner[]): Placement[] {
    const rng = this.rng;
    const out: Placement[] = [];
    for (let order = 0; order < count; order++) {
      const existing = this.measures;
      const measure = existing.length > 30 && rng.chance(0.25) ? rng.pick(existing) : this.measure(partners);
      out.push(this.put('placements', { ...this.stamps(), measureId: measure.id, riskId, pathKind, pathId, order } satisfies Placement));
    }
    return out;
  }

  private measure(partners: Partner[]): Measure {
    const rng = this.rng;
    return this.remember(this.measures, 'measures', {
      ...this.stamps(), ...measureDefaults(rng.pick(MEASURES)), description: rng.chance(0.25) ? this.sentences(1, 2) : '', ownerId: rng.chance(0.85) ? rng.pick(partners).id : null,
      domain: rng.pick([...DOMAINS, null]), chainLink: rng.pick([...CHAIN_LINKS, null]), status: rng.pick(MEASURE_STATUS), effectiveness: rng.pick(EFFECTIVENESS),
      type: rng.pick([...MEASURE_TYPES, null]), quickWin: rng.chance(0.1), plannedYear: rng.chance(0.3) ? rng.int(2027, 2030) : null,
      budgetNote: rng.chance(0.2) ? 'Dekking uit het budget integrale veiligheid.' : '', confidentiality: rng.chance(0.1) ? 'confidential' : 'internal',
    } satisfies Measure);
  }

  private indicator(): Indicator {
    const rng = this.rng;
    return {
      id: rng.uuid(), indicator: rng.pick(['Aantal meldingen per jaar', 'Percentage bewoners dat zich onveilig voelt', 'Aantal casussen in het casusoverleg']),
      source: rng.pick(['Politie (BVH)', 'Veiligheidsmonitor', 'Zorg- en Veiligheidshuis']), baseline: String(rng.int(10, 400)), baselineYear: 2025,
      target: rng.pick(['-20%', '-10%', 'stabiel']), measureMoment: 'jaarlijks',
    };
  }
}
