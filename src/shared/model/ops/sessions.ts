/**
 * Keeping a live scoring round in the document (docs/live-scoring.md): the session as it was
 * held and every participant's final vote, as evidence of where a risk's scores came from.
 */
import type { ProjectDoc } from '../doc.ts';
import type { ScoringSession, SessionVote } from '../entities.ts';
import { freshId, now, touchProject } from './stamp.ts';

export interface SessionRecord {
  heldOn: string;
  name: string;
  criteria: readonly string[];
  riskIds: readonly string[];
  participantCount: number;
  status: ScoringSession['status'];
  votes: readonly Pick<SessionVote, 'riskId' | 'criterion' | 'value' | 'participant'>[];
}

/** Stores a session and its votes (votes on risks no longer in the document are left out); returns the session's id. */
export function recordSession(doc: ProjectDoc, rec: SessionRecord): string {
  const at = now();
  const id = freshId();
  const known = (riskId: string) => Object.hasOwn(doc.risks, riskId);
  const { votes, ...session } = rec;
  doc.scoringSessions[id] = { id, createdAt: at, updatedAt: at, ...session, criteria: [...rec.criteria], riskIds: rec.riskIds.filter(known) };
  for (const v of votes) {
    if (!known(v.riskId)) continue;
    const voteId = freshId();
    doc.sessionVotes[voteId] = { id: voteId, createdAt: at, updatedAt: at, sessionId: id, ...v };
  }
  touchProject(doc, at);
  return id;
}

/** Marks a stored session as adopted (its agreed scores were put into the risks). */
export function markSessionAdopted(doc: ProjectDoc, sessionId: string): void {
  const s = doc.scoringSessions[sessionId];
  if (!s || s.status === 'adopted') return;
  const at = now();
  s.status = 'adopted';
  s.updatedAt = at;
  touchProject(doc, at);
}

/** The most recent stored session that scored `riskId`, or undefined. */
export function latestSessionOf(doc: ProjectDoc, riskId: string): ScoringSession | undefined {
  let best: ScoringSession | undefined;
  for (const s of Object.values(doc.scoringSessions)) {
    if (!s.riskIds.includes(riskId)) continue;
    if (!best || s.heldOn > best.heldOn || (s.heldOn === best.heldOn && s.createdAt > best.createdAt)) best = s;
  }
  return best;
}
