/** The bundled starter long list: complete, valid, and added as ordinary long-list risks. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readStarterList } from '../../../src/main/content/content.ts';
import { sourceResourcesDir } from '../../../src/main/content/resourcesDir.ts';
import { CheckError } from '../../../src/shared/model/check.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { addRisk } from '../../../src/shared/model/ops/risks.ts';
import { addStarterRisks } from '../../../src/shared/starter/addStarterRisks.ts';
import { checkStarterList, starterByCodes } from '../../../src/shared/starter/starterList.ts';
import { KERNBELEID } from '../../../src/shared/taxonomy/kernbeleid.ts';

const list = readStarterList(sourceResourcesDir());
const raw = () => JSON.parse(readFileSync(new URL('../../../resources/starter/longlist.json', import.meta.url), 'utf8'));

describe('the starter long list', () => {
  it('has at least 40 risks, each on a Kernbeleid theme, with Dutch and English text', () => {
    expect(list.risks.length).toBeGreaterThanOrEqual(40);
    const themes = new Set(KERNBELEID.filter((e) => e.field).map((e) => e.code));
    for (const r of list.risks) {
      expect(themes.has(r.theme), r.key).toBe(true);
      expect(r.description.nl.length, r.key).toBeGreaterThan(20);
      expect(r.description.en.length, r.key).toBeGreaterThan(20);
    }
    // Every field of Kernbeleid is represented.
    const fields = new Set(list.risks.map((r) => r.theme.split('-')[0]));
    for (const f of KERNBELEID.filter((e) => !e.field)) expect(fields.has(f.code), f.code).toBe(true);
  });

  it('refuses a list with an unknown theme or a repeated key, naming the entry', () => {
    const bad = raw();
    bad.risks[3].theme = 'XX-9';
    expect(() => checkStarterList(bad)).toThrow(/risks\[3\]\.theme.*XX-9/);
    const twice = raw();
    twice.risks[5].key = twice.risks[4].key;
    expect(() => checkStarterList(twice)).toThrow(CheckError);
    const extra = raw();
    extra.risks[0].colour = 'rood';
    expect(() => checkStarterList(extra)).toThrow(/risks\[0\]\.colour/);
  });

  it('selects by field or theme code', () => {
    const jv = starterByCodes(list, ['JV']);
    expect(jv.length).toBeGreaterThan(2);
    expect(jv.every((r) => r.theme.startsWith('JV-'))).toBe(true);
    expect(starterByCodes(list, ['vwl-1.3']).every((r) => r.theme === 'VWL-1.3')).toBe(true);
    expect(starterByCodes(list, [])).toHaveLength(list.risks.length);
  });
});

describe('addStarterRisks', () => {
  it('adds long-list risks with their theme and description, skipping titles the project has', () => {
    const doc = newProjectDoc({ title: 'T' });
    addRisk(doc, { title: 'woninginbraak' });
    const picked = starterByCodes(list, ['VWL-1.3']);
    const ids = addStarterRisks(doc, picked);
    expect(ids).toHaveLength(picked.length - 1);
    const theme = Object.values(doc.themes).find((t) => t.code === 'VWL-1.3')!;
    for (const id of ids) {
      const r = doc.risks[id]!;
      expect(r.status).toBe('longlist');
      expect(r.themeId).toBe(theme.id);
      expect(r.description).not.toBe('');
    }
    // Offering the same risks again adds nothing.
    expect(addStarterRisks(doc, picked)).toEqual([]);
  });

  it('writes English titles in an English project and leaves the theme empty when the project lacks it', () => {
    const doc = newProjectDoc({ title: 'T' });
    const theme = Object.values(doc.themes).find((t) => t.code === 'FV-4.1')!;
    delete doc.themes[theme.id];
    const [id] = addStarterRisks(doc, starterByCodes(list, ['FV-4.1']).slice(0, 1), 'en');
    expect(doc.risks[id!]).toMatchObject({ title: 'Road safety', themeId: null });
  });
});
