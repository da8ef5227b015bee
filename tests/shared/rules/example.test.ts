/** The rules over the example project: a worked-out bow-tie reads well, with few findings. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromInterchange } from '../../../src/shared/model/interchange.ts';
import { t } from '../../../src/shared/i18n/t.ts';
import { checkProject } from '../../../src/shared/rules/checkRisk.ts';

const doc = fromInterchange(readFileSync(new URL('../../../resources/examples/gemeente-voorbeeld.json', import.meta.url), 'utf8'));

describe('rules on the example project', () => {
  it('find the recorded gaps of the worked-out bow-ties and no structural errors', () => {
    const all = checkProject(doc);
    const worked = Object.values(doc.risks).filter((r) => r.status === 'workedOut');
    for (const r of worked) {
      const f = all.get(r.id)!;
      const structural = f.filter((x) => x.ruleId.startsWith('S')).map((x) => x.ruleId);
      for (const never of ['S1', 'S2', 'S3', 'S4', 'S7', 'S8', 'S10', 'S11']) expect(structural, `${r.code} ${never}`).not.toContain(never);
    }
    // the missing scheidingsloket is a white spot on its path
    const violence = worked.find((r) => r.title === 'Huiselijk geweld')!;
    expect(all.get(violence.id)!.filter((x) => x.ruleId === 'S13').map((x) => x.params['label'])).toContain('Conflictueuze scheidingen');
  });

  it('render as readable Dutch and English messages', () => {
    for (const list of checkProject(doc).values()) {
      for (const f of list) {
        for (const lang of ['nl', 'en'] as const) expect(t(lang, f.messageKey, f.params)).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
