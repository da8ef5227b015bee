/** The JSON interchange: lossless round trip, deterministic output, and clear refusals. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/shared/api/errors.ts';
import { t, type MessageKey } from '../../../src/shared/i18n/t.ts';
import type { Language } from '../../../src/shared/model/vocab.ts';
import { INTERCHANGE_VERSION, fromInterchange, parseInterchange, stringifyInterchange, toInterchange } from '../../../src/shared/model/interchange.ts';
import * as ops from '../../../src/shared/model/ops/index.ts';
import { arbDoc, baseDoc } from './arbitraries.ts';

/** The reason of the import error thrown by `fn`, as the Dutch (or English) UI shows it. */
function importError(fn: () => unknown, lang: Language = 'nl'): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).code).toBe('import.invalid');
    const reason = (e as ApiError).params.reason;
    return typeof reason === 'object' && reason !== null ? t(lang, reason.key as MessageKey, reason.params ?? {}) : String(reason);
  }
  throw new Error('expected an import error');
}

function smallProject() {
  const doc = baseDoc(7);
  const risk = ops.addRisk(doc, { title: 'Drugslabs in leegstaande agrarische panden' });
  const line = ops.addCause(doc, risk, { label: 'Leegstand van agrarisch vastgoed' });
  const placement = ops.addMeasure(doc, { pathKind: 'cause', pathId: line, label: 'Integrale controles buitengebied' });
  ops.addEscalationFactor(doc, placement, { label: 'Capaciteitstekort bij handhaving doordat prioriteiten verschuiven' });
  return { doc, risk, line, placement };
}

describe('toInterchange / fromInterchange', () => {
  it('round-trips any document without loss', () => {
    fc.assert(
      fc.property(arbDoc(), (doc) => {
        const json = JSON.parse(stringifyInterchange(doc, { exportedAt: '2026-01-01T00:00:00.000Z' }));
        expect(fromInterchange(json)).toEqual(doc);
      }),
      { numRuns: 150 },
    );
  });

  it('writes the same text for the same document, whatever the insertion order', () => {
    const { doc } = smallProject();
    const shuffled = { ...doc, placements: Object.fromEntries(Object.entries(doc.placements).reverse()), themes: Object.fromEntries(Object.entries(doc.themes).reverse()) };
    const opts = { exportedAt: '2026-01-01T00:00:00.000Z' };
    expect(stringifyInterchange(shuffled, opts)).toBe(stringifyInterchange(doc, opts));
  });

  it('writes the format header, sorted tables and an optional save history', () => {
    const { doc } = smallProject();
    const history = [{ id: '00000000-0000-4000-8000-000000000001', parentId: null, savedAt: '2026-01-02T10:00:00.000Z', appVersion: '0.1.0', mergeParentId: null, savedBy: '' }];
    const out = toInterchange(doc, { exportedAt: '2026-01-03T00:00:00.000Z', saveHistory: history });
    expect(out.format).toBe('vlinder');
    expect(out.formatVersion).toBe(INTERCHANGE_VERSION);
    expect(out.saveHistory).toEqual(history);
    const ids = out.tables.themes.map((t) => t.id);
    expect(ids).toEqual([...ids].sort());
    const read = parseInterchange(JSON.stringify(out));
    expect(read.saveHistory).toEqual(history);
    expect(read.exportedAt).toBe('2026-01-03T00:00:00.000Z');
  });

  it('accepts JSON text and treats missing tables as empty', () => {
    const { doc } = smallProject();
    const json = toInterchange(doc) as unknown as Record<string, unknown>;
    expect(fromInterchange(JSON.stringify(json))).toEqual(doc);
    const bare = { format: 'vlinder', formatVersion: INTERCHANGE_VERSION, project: doc.project };
    expect(Object.keys(fromInterchange(bare).risks)).toHaveLength(0);
  });
});

describe('fromInterchange refuses bad input with a reason that names the place', () => {
  const valid = () => JSON.parse(stringifyInterchange(smallProject().doc));

  it('not JSON, not an object, not a Vlinder file', () => {
    expect(importError(() => fromInterchange('{ kapot'))).toContain('geen geldige JSON');
    expect(importError(() => fromInterchange([]))).toContain('geen JSON-object');
    expect(importError(() => fromInterchange({ ...valid(), format: 'iets anders' }))).toContain('geen Vlinder-project');
  });

  it('a newer formatVersion, naming the version', () => {
    const reason = importError(() => fromInterchange({ ...valid(), formatVersion: INTERCHANGE_VERSION + 1 }));
    expect(reason).toContain(`formatVersion ${INTERCHANGE_VERSION + 1}`);
    expect(reason).toContain('nieuwere versie');
  });

  it('reads its reasons in English in an English UI', () => {
    expect(importError(() => fromInterchange({ ...valid(), formatVersion: INTERCHANGE_VERSION + 1 }), 'en')).toContain('Install a newer version of Vlinder');
    const json = valid();
    json.tables.escalationFactors[0].placementId = '11111111-1111-4111-8111-111111111111';
    expect(importError(() => fromInterchange(json), 'en')).toMatch(/^tables\.escalationFactors\[0\]\.placementId \(escalation factor [0-9a-f-]+\): refers to an unknown placement of a measure$/);
  });

  it('unknown fields and tables', () => {
    expect(importError(() => fromInterchange({ ...valid(), extra: 1 }))).toContain('extra: is een onbekend veld');
    const json = valid();
    json.tables.bijlagen = [];
    expect(importError(() => fromInterchange(json))).toContain('tables.bijlagen: is geen bekende tabel');
  });

  it('a row that fails its entity check', () => {
    const json = valid();
    json.tables.risks[0].title = '';
    expect(importError(() => fromInterchange(json))).toBe('tables.risks[0].title: mag niet leeg zijn');
    const json2 = valid();
    json2.tables.measures[0].status = 'misschien';
    expect(importError(() => fromInterchange(json2))).toMatch(/^tables\.measures\[0\]\.status: moet een van existing, planned, missing zijn/);
  });

  it('duplicate ids', () => {
    const json = valid();
    json.tables.causes.push({ ...json.tables.causes[0] });
    expect(importError(() => fromInterchange(json))).toContain('tables.causes[1].id: de id');
  });

  it('a dangling reference', () => {
    const json = valid();
    json.tables.escalationFactors[0].placementId = '11111111-1111-4111-8111-111111111111';
    const reason = importError(() => fromInterchange(json));
    expect(reason).toMatch(/^tables\.escalationFactors\[0\]\.placementId \(escalatiefactor [0-9a-f-]+\): verwijst naar een onbekende plaatsing van een maatregel$/);
  });

  it('a bad project', () => {
    const json = valid();
    json.project.language = 'fr';
    expect(importError(() => fromInterchange(json))).toMatch(/^project\.language: /);
  });
});
