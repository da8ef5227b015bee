/**
 * The state of one scoring session, in memory: participants with their tokens, votes per risk
 * and criterion, the round of each risk and the risk the phones show. It knows only the
 * session's public content, never the document. Both servers read it: the participant server
 * (phones) and the core (the facilitator's `live.*` methods).
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { LiveParticipant, LiveRecord, LiveRiskStatus, LiveVote, RoundState } from '../../shared/api/methods/live.ts';
import type { LiveContent, LiveCriterion, LiveRisk } from '../../shared/live/content.ts';
import { tally } from '../../shared/live/stats.ts';
import { Signal } from './signal.ts';

/** A request the participant server refuses: HTTP status and a stable reason the page can show. */
export class LiveRefusal extends Error {
  readonly status: number;
  readonly reason: string;
  constructor(status: number, reason: string) {
    super(reason);
    this.status = status;
    this.reason = reason;
  }
}

/** No I, O, 0, 1 or 8: nothing to misread on a projector. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ2345679';
export const CODE_LENGTH = 6;
export const MAX_PARTICIPANTS = 200;
export const MAX_NICKNAME = 40;

export interface Participant {
  ref: number;
  nickname: string | null;
  joinedAt: string;
}

/** What a phone is shown: the current risk, the criteria and the participant's own votes. */
export interface PhoneState {
  v: number;
  name: string;
  ended: boolean;
  index: number;
  total: number;
  risk: LiveRisk | null;
  round: RoundState;
  criteria: LiveCriterion[];
  mine: Record<string, number>;
}

export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/**
 * Trims a nickname, drops control and format characters (and the U+FFFD the model's text rule
 * puts in place of a character XML cannot hold), caps its length; empty is anonymous.
 */
export function cleanNickname(raw: string): string | null {
  const clean = raw.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFFFD]/gu, '').replace(/\s+/g, ' ').trim();
  return clean === '' ? null : [...clean].slice(0, MAX_NICKNAME).join('');
}

export class LiveSession {
  readonly code: string;
  readonly content: LiveContent;
  readonly startedAt = new Date().toISOString();
  /** Every change (the facilitator waits on it). */
  readonly changes = new Signal();
  /** Changes the phones show: navigation, rounds, the end. */
  readonly phoneChanges = new Signal();
  current = 0;
  ended = false;
  private readonly byToken = new Map<string, Participant>();
  /** riskId → criterion → participant ref → vote. */
  private readonly votes = new Map<string, Map<string, Map<number, { value: number; at: string }>>>();
  private readonly rounds = new Map<string, RoundState>();
  private readonly criteria: Map<string, Set<number>>;

  constructor(content: LiveContent, code: string = newCode()) {
    this.content = content;
    this.code = code;
    this.criteria = new Map(content.criteria.map((k) => [k.id, new Set(k.options.map((o) => o.value))]));
    for (const r of content.risks) this.rounds.set(r.id, 'waiting');
    if (content.risks[0]) this.rounds.set(content.risks[0].id, 'open');
  }

  get participantCount(): number {
    return this.byToken.size;
  }

  /** Checks the code (in constant time) and gives the new participant a token of their own. */
  join(code: string, nickname: string): { token: string; participant: Participant } {
    if (this.ended) throw new LiveRefusal(410, 'ended');
    const given = Buffer.from(code.trim().toUpperCase().padEnd(CODE_LENGTH).slice(0, 32));
    const want = Buffer.from(this.code.padEnd(CODE_LENGTH));
    if (given.length !== want.length || !timingSafeEqual(given, want)) throw new LiveRefusal(401, 'code');
    if (this.byToken.size >= MAX_PARTICIPANTS) throw new LiveRefusal(503, 'full');
    const token = randomBytes(16).toString('base64url');
    const participant = { ref: this.byToken.size + 1, nickname: cleanNickname(nickname), joinedAt: new Date().toISOString() };
    this.byToken.set(token, participant);
    this.changes.bump();
    return { token, participant };
  }

  participant(token: string | null): Participant {
    const p = token ? this.byToken.get(token) : undefined;
    if (!p) throw new LiveRefusal(401, 'token');
    return p;
  }

  /** Records (or with null withdraws) a vote; returns the session version that holds it. */
  vote(p: Participant, riskId: string, criterion: string, value: number | null): number {
    if (this.ended) throw new LiveRefusal(410, 'ended');
    const risk = this.content.risks.find((r) => r.id === riskId);
    if (!risk) throw new LiveRefusal(400, 'risk');
    if (this.content.risks[this.current]!.id !== riskId || this.rounds.get(riskId) !== 'open') throw new LiveRefusal(409, 'round-closed');
    const allowed = this.criteria.get(criterion);
    if (!allowed) throw new LiveRefusal(400, 'criterion');
    if (value !== null && !allowed.has(value)) throw new LiveRefusal(400, 'value');
    const perCrit = this.votes.get(riskId) ?? new Map<string, Map<number, { value: number; at: string }>>();
    this.votes.set(riskId, perCrit);
    const perRef = perCrit.get(criterion) ?? new Map<number, { value: number; at: string }>();
    perCrit.set(criterion, perRef);
    if (value === null) perRef.delete(p.ref);
    else perRef.set(p.ref, { value, at: new Date().toISOString() });
    this.changes.bump();
    return this.changes.version;
  }

  phoneState(p: Participant): PhoneState {
    const risk = this.content.risks[this.current] ?? null;
    const mine: Record<string, number> = {};
    for (const [crit, perRef] of this.votes.get(risk?.id ?? '') ?? []) {
      const v = perRef.get(p.ref);
      if (v) mine[crit] = v.value;
    }
    return {
      v: this.phoneChanges.version,
      name: this.content.name,
      ended: this.ended,
      index: this.current,
      total: this.content.risks.length,
      risk,
      round: risk ? this.rounds.get(risk.id)! : 'closed',
      criteria: this.content.criteria,
      mine,
    };
  }

  show(index: number): void {
    const risk = this.content.risks[index];
    if (!risk) throw new RangeError('index');
    this.current = index;
    if (this.rounds.get(risk.id) === 'waiting') this.rounds.set(risk.id, 'open');
    this.bumpBoth();
  }

  setRound(riskId: string, open: boolean): void {
    if (!this.rounds.has(riskId)) throw new RangeError('riskId');
    this.rounds.set(riskId, open ? 'open' : 'closed');
    this.bumpBoth();
  }

  riskStatus(): LiveRiskStatus[] {
    return this.content.risks.map((r) => {
      const tallies: LiveRiskStatus['tallies'] = {};
      for (const crit of this.content.criteria) {
        const values = crit.options.map((o) => o.value);
        const votes = [...(this.votes.get(r.id)?.get(crit.id)?.values() ?? [])].map((v) => v.value);
        tallies[crit.id] = tally(votes, values);
      }
      return { riskId: r.id, round: this.rounds.get(r.id)!, tallies };
    });
  }

  end(): void {
    this.ended = true;
    this.bumpBoth();
  }

  /** The evidence: who took part (nickname or anonymous) and every vote standing at the end. */
  record(liveId: string, endedAt: string): LiveRecord {
    const participants: LiveParticipant[] = [...this.byToken.values()].map((p) => ({ ref: p.ref, nickname: p.nickname }));
    const votes: LiveVote[] = [];
    for (const [riskId, perCrit] of this.votes) {
      for (const [criterion, perRef] of perCrit) for (const [participant, v] of perRef) votes.push({ participant, riskId, criterion, value: v.value, at: v.at });
    }
    return {
      liveId,
      name: this.content.name,
      startedAt: this.startedAt,
      endedAt,
      criteria: this.content.criteria.map((k) => k.id),
      riskIds: this.content.risks.map((r) => r.id),
      participants,
      votes,
    };
  }

  private bumpBoth(): void {
    this.changes.bump();
    this.phoneChanges.bump();
  }
}
