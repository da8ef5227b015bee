/**
 * What a finished live session leaves in the document (format version 4): the session as held
 * and every participant's final vote, so the report can cite "gescoord in de werksessie van …,
 * n deelnemers" after the file is saved and reopened.
 */
import type { LiveRecord } from '../api/methods/live.ts';
import type { SessionRecord } from '../model/ops/sessions.ts';

/** The label stored for a participant who gave no nickname. */
export function anonymousLabel(ref: number): string {
  return `Deelnemer ${ref}`;
}

/** The stored form of a finished session; `adopted` when any of its scores were adopted into a risk. */
export function sessionRecordOf(record: LiveRecord, adopted: boolean): SessionRecord {
  const names = new Map(record.participants.map((p) => [p.ref, p.nickname?.slice(0, 60) || anonymousLabel(p.ref)]));
  return {
    heldOn: record.startedAt.slice(0, 10),
    name: record.name.slice(0, 200),
    criteria: record.criteria,
    riskIds: record.riskIds,
    participantCount: record.participants.length,
    status: adopted ? 'adopted' : 'closed',
    votes: record.votes.map((v) => ({ riskId: v.riskId, criterion: v.criterion, value: v.value, participant: names.get(v.participant) ?? anonymousLabel(v.participant) })),
  };
}
