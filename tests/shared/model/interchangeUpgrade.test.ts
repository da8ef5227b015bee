/**
 * The JSON interchange upgrade chain: exports of interchange version 1 (tests/fixtures/v1, kept
 * forever) read in this version with every count and label intact, and are written back as the
 * current version.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INTERCHANGE_VERSION, fromInterchange, parseInterchange, stringifyInterchange } from '../../../src/shared/model/interchange.ts';
import { t, type MessageKey, type MessageRef } from '../../../src/shared/i18n/t.ts';
import { INTERCHANGE_UPGRADES } from '../../../src/shared/model/interchangeUpgrades.ts';
import { defaultAdviceRule } from '../../../src/shared/model/adviceRuleSchema.ts';
import { FIXTURES_DIR, detailsOf, fixtureVersions, manifestOf, readManifests } from '../../builders/fixtureManifest.ts';

const manifests = readManifests(1);
const v1Text = (name: string) => readFileSync(join(FIXTURES_DIR, 'v1', `${name}.json`), 'utf8');

function importError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    const reason = (e as { params?: { reason?: MessageRef | string } }).params?.reason;
    return typeof reason === 'object' ? t('nl', reason.key as MessageKey, reason.params ?? {}) : String(reason);
  }
  throw new Error('expected the import to fail');
}

describe.each(Object.keys(manifests))('interchange version 1 fixture %s.json', (name) => {
  const manifest = manifests[name]!;

  it('reads with every count and label of the manifest, and no dismissed findings', () => {
    const parsed = parseInterchange(v1Text(name));
    expect(parsed.formatVersion).toBe(1);
    expect(manifestOf(parsed.doc, manifest)).toEqual(manifest);
    expect(Object.values(parsed.doc.risks).map((r) => r.dismissedFindings)).toEqual(manifest.risks.map(() => []));
    expect(parsed.saveHistory).toHaveLength(1);
  });

  it('is written back as the current version, which reads the same', () => {
    const parsed = parseInterchange(v1Text(name));
    const text = stringifyInterchange(parsed.doc, { exportedAt: parsed.exportedAt, saveHistory: parsed.saveHistory ?? [] });
    expect(JSON.parse(text).formatVersion).toBe(INTERCHANGE_VERSION);
    const again = parseInterchange(text);
    expect(again.doc).toEqual(parsed.doc);
    expect(again.saveHistory).toEqual(parsed.saveHistory);
  });
});

const kept = fixtureVersions().flatMap((version) => Object.entries(readManifests(version)).map(([name, manifest]) => ({ version, name, manifest })));
const jsonText = (version: number, name: string) => readFileSync(join(FIXTURES_DIR, `v${version}`, `${name}.json`), 'utf8');

describe.each(kept)('interchange version $version fixture $name.json', ({ version, name, manifest }) => {
  it('reads with every count and label of its manifest, and the version 3 fields of its version', () => {
    const parsed = parseInterchange(jsonText(version, name));
    expect(parsed.formatVersion).toBe(version);
    expect(manifestOf(parsed.doc, manifest, { history: parsed.saveHistory ?? [], records: { deletions: parsed.deletions ?? [], fieldChanges: parsed.fieldChanges ?? [] } })).toEqual(manifest);
    const empty = { project: { municipalityCode: null, organisation: '', author: '', version: '', status: 'draft', adviceRule: defaultAdviceRule() }, risks: [] };
    expect(detailsOf(parsed.doc)).toEqual(manifest.details ?? empty);
  });
});

describe('the upgrade chain', () => {
  it('numbers its steps 1, 2, … so that the current version follows from the list', () => {
    expect(INTERCHANGE_UPGRADES.map((u) => u.from)).toEqual(Array.from({ length: INTERCHANGE_VERSION - 1 }, (_, i) => i + 1));
  });

  it('the bundled example (current version) is the version 1 example, upgraded, plus the version 3 fields it fills', () => {
    const bundled = fromInterchange(JSON.parse(readFileSync(new URL('../../../resources/examples/gemeente-voorbeeld.json', import.meta.url), 'utf8')));
    const upgraded = fromInterchange(v1Text('gemeente-voorbeeld'));
    // Since version 3 the example has an organisation, an author and per priority a motivering and policy relations.
    const filled = detailsOf(bundled);
    expect(filled.project).toMatchObject({ organisation: expect.stringContaining('Gemeente Voorbeeld'), author: expect.any(String) });
    expect(filled.risks.map(([id]) => bundled.risks[id]!.priorityAdvice)).toEqual(['priority', 'priority', 'priority']);
    const unfilled = structuredClone(bundled);
    // …and, since version 5, changes recorded from its creation (docs/merge.md), which a version 1 file never had.
    Object.assign(unfilled.project, { organisation: '', author: '', trackedSince: '' });
    for (const r of Object.values(unfilled.risks)) Object.assign(r, { policyRelations: '', priorityReason: '' });
    expect(upgraded).toEqual(unfilled);
  });

  it('does not change the object it is given', () => {
    const json = JSON.parse(v1Text('longlist-40'));
    const copy = structuredClone(json);
    fromInterchange(json);
    expect(json).toEqual(copy);
  });

  it('refuses a version 1 risk that already has a field of a later version, naming it', () => {
    const json = JSON.parse(v1Text('longlist-40'));
    json.tables.risks[3].dismissedFindings = [];
    expect(importError(() => fromInterchange(json))).toBe('tables.risks[3].dismissedFindings: is een onbekend veld in formatVersion 1');
  });

  it('refuses a version 2 document whose project already has a version 3 field, naming it', () => {
    const json = JSON.parse(jsonText(2, 'longlist-40'));
    json.project.status = 'final';
    expect(importError(() => fromInterchange(json))).toBe('project.status: is een onbekend veld in formatVersion 2');
    const again = JSON.parse(jsonText(2, 'longlist-40'));
    again.tables.risks[1].priorityReason = 'waarom';
    expect(importError(() => fromInterchange(again))).toBe('tables.risks[1].priorityReason: is een onbekend veld in formatVersion 2');
  });

  it('leaves malformed input to the checks, which name the place', () => {
    const json = JSON.parse(v1Text('longlist-40'));
    json.tables.risks[0] = 'geen risico';
    expect(importError(() => fromInterchange(json))).toBe('tables.risks[0]: moet een object zijn');
    json.tables.risks = 'geen lijst';
    expect(importError(() => fromInterchange(json))).toBe('tables.risks: moet een lijst zijn');
  });
});
