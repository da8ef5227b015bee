/**
 * A bow-tie template: the typical hazard, central event, causes, consequences and measures of one
 * theme, as a data file (resources/templates/*.json, or a user's own template saved from a
 * bow-tie). Measures are listed once and referenced by key from the paths they sit on, so one
 * measure can protect several paths, as in a real bow-tie. Owners name a default partner by its
 * key (src/shared/partners/defaults.ts) or any partner by name.
 */
import { because, CheckError, c, type Checked } from '../model/check.ts';
import { CHAIN_LINKS, DOMAINS, EFFECTIVENESS, IMPACT_CATEGORIES, MEASURE_STATUS, MEASURE_TYPES } from '../model/vocab.ts';

const label = c.string({ min: 1, max: 500 });
const key = c.string({ min: 1, max: 40, pattern: /^[A-Za-z0-9_-]+$/ });
const keys = c.array(key, { max: 50 });
const bilingual = c.object({ nl: c.string({ min: 1, max: 300 }), en: c.string({ min: 1, max: 300 }) });

const escalationCheck = c.object({
  /** Key of the measure (on this path) the factor weakens. */
  on: key,
  label,
  /** Measures against the factor. */
  measures: keys,
});

const causeCheck = c.object({ label, domain: c.optional(c.enum(DOMAINS)), measures: keys, escalation: c.optional(c.array(escalationCheck, { max: 20 })) });
const consequenceCheck = c.object({ label, impactCategory: c.optional(c.enum(IMPACT_CATEGORIES)), measures: keys, escalation: c.optional(c.array(escalationCheck, { max: 20 })) });

const measureCheck = c.object({
  key,
  label,
  /** A default partner key ("police") or a partner name. */
  owner: c.optional(c.string({ min: 1, max: 300 })),
  domain: c.optional(c.enum(DOMAINS)),
  chainLink: c.optional(c.enum(CHAIN_LINKS)),
  type: c.optional(c.enum(MEASURE_TYPES)),
  status: c.enum(MEASURE_STATUS),
  effectiveness: c.enum(EFFECTIVENESS),
  description: c.optional(c.string({ max: 2000 })),
});

export const templateCheck = c.object({
  version: c.literal(1),
  id: c.string({ min: 1, max: 60, pattern: /^[a-z0-9-]+$/ }),
  title: bilingual,
  /** Kernbeleid theme code the template belongs to, e.g. "VWL-1.3". */
  theme: c.optional(c.string({ min: 1, max: 40 })),
  /** Public sources the text was written from (named in docs/templates.md). */
  sources: c.array(c.string({ min: 1, max: 300 }), { max: 30 }),
  hazard: label,
  centralEvent: label,
  causes: c.array(causeCheck, { max: 50 }),
  consequences: c.array(consequenceCheck, { max: 50 }),
  measures: c.array(measureCheck, { max: 200 }),
});
export type Template = Checked<typeof templateCheck>;
export type TemplateMeasure = Template['measures'][number];
export type TemplatePath = Template['causes'][number] | Template['consequences'][number];

/**
 * Validates a template: the shape, and that every key a path or escalation factor names exists,
 * every escalation factor hangs below a measure of its own path, and every measure is used.
 */
export function checkTemplate(value: unknown, path = 'sjabloon'): Template {
  const t = templateCheck(value, path);
  const known = new Map<string, number>();
  t.measures.forEach((m, i) => {
    if (known.has(m.key)) throw new CheckError(`${path}.measures[${i}].key`, because('reason.keyTwice', { key: m.key }));
    known.set(m.key, 0);
  });
  const use = (k: string, at: string) => {
    if (!known.has(k)) throw new CheckError(at, because('reason.measureNotListed', { key: k }));
    known.set(k, known.get(k)! + 1);
  };
  const paths: [string, TemplatePath[]][] = [['causes', t.causes], ['consequences', t.consequences]];
  for (const [side, list] of paths) {
    list.forEach((p, i) => {
      const at = `${path}.${side}[${i}]`;
      p.measures.forEach((k, j) => use(k, `${at}.measures[${j}]`));
      (p.escalation ?? []).forEach((e, j) => {
        if (!p.measures.includes(e.on)) throw new CheckError(`${at}.escalation[${j}].on`, because('reason.measureNotOnPath', { key: e.on }));
        e.measures.forEach((k, l) => use(k, `${at}.escalation[${j}].measures[${l}]`));
      });
    });
  }
  for (const [k, n] of known) if (n === 0) throw new CheckError(`${path}.measures`, because('reason.measureOnNoPath', { key: k }));
  return t;
}
