/**
 * A scoring session kept in the file (format version 4) is cited in the IVRP per risk it scored,
 * with its date and number of participants — and the participants' nicknames (possibly real
 * names) never reach a publication. Checked in the .docx `vlinder export` writes from the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createStorage } from '../../../src/main/storage/createStorage.ts';
import { fromInterchange } from '../../../src/shared/model/interchange.ts';
import { recordSession } from '../../../src/shared/model/ops/sessions.ts';
import { publicationDoc } from '../../../src/shared/report/publication.ts';
import { runCaptured } from '../../cli/runCaptured.ts';
import { useTempDirs } from '../../storage/tempDirs.ts';
import { docxText, unzipDocx } from './inspect.ts';

const tempDir = useTempDirs();
const NICK = 'Anna de Vries';

function projectWithSession() {
  const doc = fromInterchange(JSON.parse(readFileSync(join(import.meta.dirname, '../../../resources/examples/gemeente-voorbeeld.json'), 'utf8')));
  const worked = Object.values(doc.risks).filter((r) => r.status === 'workedOut').sort((a, b) => a.order - b.order);
  recordSession(doc, {
    heldOn: '2026-11-18', name: 'Werksessie prioriteren', criteria: ['likelihood'], riskIds: [worked[0]!.id], participantCount: 14, status: 'adopted',
    votes: [NICK, 'Deelnemer 2'].map((participant) => ({ riskId: worked[0]!.id, criterion: 'likelihood', value: 3, participant })),
  });
  return { doc, risk: worked[0]!, other: worked[1]! };
}

describe('the IVRP cites the scoring session kept in the file', () => {
  let text = '';
  let publication = '';
  let english = '';
  let risk = { code: '', title: '' };
  beforeAll(async () => {
    const built = projectWithSession();
    risk = built.risk;
    const dir = tempDir();
    const file = join(dir, 'p.vlinder');
    const storage = createStorage({ dataDir: tempDir(), appVersion: '0.0.0-test' });
    const wc = storage.create(built.doc);
    wc.save(file, { force: false, appVersion: '0.0.0-test' });
    wc.close(true);
    expect((await runCaptured(['export', file, '--ivrp', join(dir, 'ivrp.docx')])).code).toBe(0);
    expect((await runCaptured(['export', file, '--publication', '--ivrp', join(dir, 'pub.docx')])).code).toBe(0);
    expect((await runCaptured(['export', file, '--lang', 'en', '--ivrp', join(dir, 'en.docx')])).code).toBe(0);
    english = docxText((await unzipDocx(readFileSync(join(dir, 'en.docx')))).document);
    text = docxText((await unzipDocx(readFileSync(join(dir, 'ivrp.docx')))).document);
    publication = docxText((await unzipDocx(readFileSync(join(dir, 'pub.docx')))).document);
  }, 120_000);

  it('says under the risk it scored when and with how many participants', () => {
    const at = text.indexOf(`${risk.code} ${risk.title}`);
    expect(at).toBeGreaterThan(-1);
    expect(text.slice(at)).toContain('Gescoord in de werksessie van 18 november 2026, 14 deelnemers.');
    expect(text.split('Gescoord in de werksessie').length - 1).toBe(1);
  });

  it('says it in English in an English report', () => {
    expect(english).toContain('Scored in the working session of 18 November 2026, 14 participants.');
  });

  it('keeps the count in a publication, never a nickname', () => {
    expect(publication).toContain('Gescoord in de werksessie van 18 november 2026, 14 deelnemers.');
    expect(publication).not.toContain(NICK);
    expect(text).not.toContain(NICK);
    const pub = publicationDoc(projectWithSession().doc);
    expect(Object.keys(pub.sessionVotes)).toHaveLength(0);
    expect(JSON.stringify(pub)).not.toContain(NICK);
  });
});
