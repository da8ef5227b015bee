/**
 * The starter long list (resources/starter/longlist.json): common safety risks of Dutch
 * municipalities, each with its Kernbeleid theme code and a one-line description in Dutch and
 * English. Checked on load, so a broken data file fails loudly at its first bad entry instead of
 * showing a half list.
 */
import { because, CheckError, c, type Checked } from '../model/check.ts';
import { KERNBELEID } from '../taxonomy/kernbeleid.ts';

const text = c.string({ min: 1, max: 300 });
const bilingual = c.object({ nl: text, en: text });

export const starterRiskCheck = c.object({
  /** Stable key, e.g. "woninginbraak"; used by the CLI and the evidence mapping. */
  key: c.string({ min: 1, max: 60, pattern: /^[a-z0-9-]+$/ }),
  /** Kernbeleid theme code (src/shared/taxonomy/kernbeleid.ts), e.g. "VWL-1.3". */
  theme: c.string({ min: 1, max: 40 }),
  title: bilingual,
  description: bilingual,
  /** Id of the bow-tie template that fits this risk, if any. */
  template: c.optional(c.string({ min: 1, max: 60 })),
});
export type StarterRisk = Checked<typeof starterRiskCheck>;

const listCheck = c.object({ version: c.literal(1), risks: c.array(starterRiskCheck, { max: 1000 }) });
export type StarterList = Checked<typeof listCheck>;

const THEME_CODES = new Set(KERNBELEID.filter((e) => e.field).map((e) => e.code));

/** Validates the parsed JSON of the starter list: shape, known theme codes, unique keys. */
export function checkStarterList(value: unknown): StarterList {
  const list = listCheck(value, 'startlijst');
  const keys = new Set<string>();
  list.risks.forEach((r, i) => {
    if (!THEME_CODES.has(r.theme)) throw new CheckError(`startlijst.risks[${i}].theme`, because('reason.notKbvTheme', { theme: r.theme }));
    if (keys.has(r.key)) throw new CheckError(`startlijst.risks[${i}].key`, because('reason.keyTwice', { key: r.key }));
    keys.add(r.key);
  });
  return list;
}

/** The starter risks of the given theme or field codes ("VWL-1.3", "JV"); all when `codes` is empty. */
export function starterByCodes(list: StarterList, codes: readonly string[]): StarterRisk[] {
  if (codes.length === 0) return list.risks;
  const wanted = new Set(codes.map((s) => s.trim().toUpperCase()));
  return list.risks.filter((r) => wanted.has(r.theme.toUpperCase()) || wanted.has(r.theme.split('-')[0]!.toUpperCase()));
}
