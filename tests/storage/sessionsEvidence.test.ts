/**
 * Format version 4 keeps scoring sessions, their votes and evidence series in the file: written,
 * closed and reopened from disk they are the same; deleting a risk drops its votes, takes it off
 * the session and unmaps its series.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStorage } from '../../src/main/storage/createStorage.ts';
import { readEvidenceCsv } from '../../src/shared/evidence/readEvidence.ts';
import { sessionRecordOf } from '../../src/shared/live/sessionRecord.ts';
import type { ProjectDoc } from '../../src/shared/model/doc.ts';
import { fromInterchange } from '../../src/shared/model/interchange.ts';
import { validateDoc } from '../../src/shared/model/integrity.ts';
import { storeEvidence } from '../../src/shared/model/ops/evidence.ts';
import { deleteRisk } from '../../src/shared/model/ops/risks.ts';
import { recordSession } from '../../src/shared/model/ops/sessions.ts';
import { TEST_APP_VERSION } from './fixtures.ts';
import { useTempDirs } from './tempDirs.ts';

const tempDir = useTempDirs();
const example = () => fromInterchange(JSON.parse(readFileSync(join(import.meta.dirname, '../../resources/examples/gemeente-voorbeeld.json'), 'utf8')));
const csv = readFileSync(join(import.meta.dirname, '../fixtures/evidence/47022NED_TypedDataSet_20250115.csv'), 'utf8');

function withSessionAndSeries(): { doc: ProjectDoc; riskIds: string[] } {
  const doc = example();
  const riskIds = Object.values(doc.risks).sort((a, b) => a.order - b.order).slice(0, 2).map((r) => r.id);
  const record = {
    liveId: 'x', name: 'Werksessie prioriteren', startedAt: '2026-11-18T09:00:00.000Z', endedAt: '2026-11-18T11:00:00.000Z', criteria: ['likelihood'], riskIds,
    participants: [{ ref: 1, nickname: 'Anna' }, { ref: 2, nickname: null }],
    votes: riskIds.flatMap((riskId) => [1, 2].map((participant) => ({ participant, riskId, criterion: 'likelihood', value: participant + 2, at: '2026-11-18T10:00:00.000Z' }))),
  };
  recordSession(doc, sessionRecordOf(record, true));
  storeEvidence(doc, readEvidenceCsv(csv, { fileName: '47022NED_TypedDataSet_20250115.csv', downloadedAt: '2025-01-15' }), { '1.1.1': riskIds[0]! });
  return { doc, riskIds };
}

describe('format version 4 tables', () => {
  it('survive write, close and reopen from disk', () => {
    const { doc } = withSessionAndSeries();
    const path = join(tempDir(), 'p.vlinder');
    const storage = createStorage({ dataDir: tempDir(), appVersion: TEST_APP_VERSION });
    const wc = storage.create(doc);
    wc.save(path, { force: false, appVersion: TEST_APP_VERSION });
    wc.close(true);
    const again = createStorage({ dataDir: tempDir(), appVersion: TEST_APP_VERSION }).open(path);
    const back = again.doc();
    expect(back.scoringSessions).toEqual(doc.scoringSessions);
    expect(back.sessionVotes).toEqual(doc.sessionVotes);
    expect(back.evidenceSeries).toEqual(doc.evidenceSeries);
    const [session] = Object.values(back.scoringSessions);
    expect(session).toMatchObject({ heldOn: '2026-11-18', participantCount: 2, status: 'adopted' });
    expect(Object.values(back.sessionVotes).map((v) => v.participant).sort()).toEqual(['Anna', 'Anna', 'Deelnemer 2', 'Deelnemer 2']);
    expect(Object.values(back.evidenceSeries).some((s) => s.points.some((p) => p.value === null))).toBe(true);
    again.close(true);
  });

  it('deleting a risk drops its votes, takes it off the session and unmaps its series', () => {
    const { doc, riskIds } = withSessionAndSeries();
    deleteRisk(doc, riskIds[0]!);
    expect(Object.values(doc.sessionVotes).every((v) => v.riskId === riskIds[1])).toBe(true);
    expect(Object.values(doc.sessionVotes)).toHaveLength(2);
    expect(Object.values(doc.scoringSessions)[0]!.riskIds).toEqual([riskIds[1]]);
    expect(Object.values(doc.evidenceSeries).every((s) => s.riskId === null)).toBe(true);
    expect(validateDoc(doc)).toEqual([]);
  });

  it('a vote on an unknown session or risk is an integrity problem', () => {
    const { doc } = withSessionAndSeries();
    const vote = Object.values(doc.sessionVotes)[0]!;
    doc.sessionVotes[vote.id] = { ...vote, sessionId: '00000000-0000-4000-8000-000000000000' };
    expect(validateDoc(doc).map((p) => [p.table, p.field])).toEqual([['sessionVotes', 'sessionId']]);
  });
});
