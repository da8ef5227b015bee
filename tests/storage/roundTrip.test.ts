/**
 * Lossless round trips, as properties over arbitrary valid documents (the model's own
 * arbitraries) and arbitrary text: model → file → model, and file → JSON → file.
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInterchange, stringifyInterchange } from '../../src/shared/model/interchange.ts';
import type { Risk } from '../../src/shared/model/entities.ts';
import { cleanXmlDeep } from '../../src/shared/model/xmlText.ts';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import { arbDoc, baseDoc } from '../shared/model/arbitraries.ts';
import { TEST_APP_VERSION } from './fixtures.ts';
import { useTempDirs } from './tempDirs.ts';
import { riskDefaults } from '../builders/riskDefaults.ts';

const tempDir = useTempDirs();

function setup() {
  return { storage: createStorage({ dataDir: tempDir(), appVersion: TEST_APP_VERSION }), dir: tempDir() };
}

describe('round trips', () => {
  it('model → file → model gives the same document', () => {
    const { storage, dir } = setup();
    const path = join(dir, 'rond.vlinder');
    fc.assert(
      fc.property(arbDoc({ maxCommands: 80 }), (doc) => {
        const wc = storage.create(doc);
        wc.save(path, { force: true, appVersion: TEST_APP_VERSION });
        wc.close(true);
        const back = storage.open(path);
        expect(back.doc()).toEqual(doc);
        back.close(true);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('any text survives the file exactly, after the one XML rule (NUL, emoji, right-to-left, U+FFFD, quotes, 20 000 characters)', () => {
    const { storage, dir } = setup();
    const path = join(dir, 'tekst.vlinder');
    const base = baseDoc(1);
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('\0', '\uFFFD', "'; DROP TABLE risks; --", 'שלום 👩‍👩‍👧 ﷽', 'x'.repeat(20_000)));
    fc.assert(
      fc.property(text, (s) => {
        const wc = storage.create(base);
        const now = base.project.createdAt;
        const risk: Risk = {
          ...riskDefaults(`T${s.slice(0, 299)}`), id: '11111111-1111-4111-8111-111111111111', createdAt: now, updatedAt: now,
          hazard: s.slice(0, 500), description: s, goals: [s.slice(0, 2000)], confidentiality: 'internal',
        };
        wc.apply([{ op: 'put', table: 'risks', value: risk }]);
        wc.save(path, { force: true, appVersion: TEST_APP_VERSION });
        wc.close(true);
        const back = storage.open(path);
        // What XML cannot hold was replaced when the edit came in; everything else is exact.
        expect(back.doc().risks[risk.id]).toEqual(cleanXmlDeep(risk));
        back.close(true);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('file → JSON → file keeps the document and the save history', () => {
    const { storage, dir } = setup();
    fc.assert(
      fc.property(arbDoc({ maxCommands: 40 }), fc.integer({ min: 1, max: 3 }), (doc, saves) => {
        const first = join(dir, 'eerste.vlinder');
        const wc = storage.create(doc);
        for (let i = 0; i < saves; i++) wc.save(first, { force: true, appVersion: `0.${i}.0` });
        wc.close(true);
        const opened = storage.open(first);
        const json = stringifyInterchange(opened.doc(), { saveHistory: [...opened.saveHistory()] });
        const history = opened.saveHistory();
        opened.close(true);

        const parsed = parseInterchange(json);
        const second = join(dir, 'tweede.vlinder');
        const again = storage.create(parsed.doc, { history: parsed.saveHistory ?? [] });
        again.save(second, { force: true, appVersion: '9.9.9' });
        again.close(true);
        const back = storage.open(second);
        expect(back.doc()).toEqual(doc);
        expect(back.saveHistory().slice(0, -1)).toEqual(history);
        expect(back.saveHistory().at(-1)).toMatchObject({ parentId: history.at(-1)!.id, appVersion: '9.9.9' });
        back.close(true);
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
