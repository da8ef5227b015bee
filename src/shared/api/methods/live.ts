/**
 * Live scoring (docs/live-scoring.md): the facilitator's side of a scoring session. The phones
 * never use these methods; they talk to the separate participant server.
 */
import { c } from '../../model/check.ts';
import type { LiveContent } from '../../live/content.ts';
import type { Tally } from '../../live/stats.ts';
import { method } from '../define.ts';

/** A network address the participant server may listen on. */
export interface NetAddress {
  /** Interface name, e.g. "wlan0", "Wi-Fi". */
  name: string;
  address: string;
  /** Loopback: only this computer can reach it (tests, a demo on one screen). */
  internal: boolean;
}

export type RoundState = 'waiting' | 'open' | 'closed';

export interface LiveRiskStatus {
  riskId: string;
  round: RoundState;
  /** Per criterion id: the votes so far. */
  tallies: Record<string, Tally>;
}

export interface LiveStatus {
  liveId: string;
  /** The project (working copy) the session scores. */
  sessionId: string;
  /** Increases with every change (join, vote, navigation); `live.status` waits for a newer one. */
  version: number;
  startedAt: string;
  /** The join code participants type (or get from the QR link). */
  code: string;
  /** The address to open on a phone, without the code. */
  address: string;
  /** The address with the code in its fragment, for the QR code. */
  joinUrl: string;
  content: LiveContent;
  /** Index into content.risks of the risk the phones show. */
  current: number;
  participants: number;
  risks: LiveRiskStatus[];
}

/** One participant in the evidence: a nickname, or null for an anonymous one. */
export interface LiveParticipant {
  ref: number;
  nickname: string | null;
}

export interface LiveVote {
  participant: number;
  riskId: string;
  criterion: string;
  value: number;
  at: string;
}

/** What a finished session leaves as evidence. */
export interface LiveRecord {
  liveId: string;
  name: string;
  startedAt: string;
  endedAt: string;
  criteria: string[];
  riskIds: string[];
  participants: LiveParticipant[];
  votes: LiveVote[];
}

const liveId = c.string({ min: 1, max: 100 });
const id = c.string({ min: 1, max: 100 });

export const liveMethods = {
  /** The computer's IPv4 addresses the participant server can listen on (loopback first). */
  'live.interfaces': method<NetAddress[]>()(c.object({})),
  /** Starts a session on `address` (one of `live.interfaces`); one session at a time. */
  'live.start': method<LiveStatus>()(
    c.object({
      sessionId: id,
      name: c.string({ min: 1, max: 200 }),
      riskIds: c.array(id, { max: 200 }),
      criteria: c.array(c.string({ min: 1, max: 60 }), { max: 30 }),
      address: c.string({ min: 1, max: 100 }),
      port: c.optional(c.int({ min: 0, max: 65535 })),
    }),
  ),
  /** The running session, or null. */
  'live.current': method<LiveStatus | null>()(c.object({})),
  /** Long poll: answers when the session's version is above `after`, or after `waitMs` (max 25 s). */
  'live.status': method<LiveStatus>()(c.object({ liveId, after: c.optional(c.int({ min: -1 })), waitMs: c.optional(c.int({ min: 0, max: 25_000 })) })),
  /** Shows risk number `index` on the phones (opens its round if it had not started). */
  'live.show': method<LiveStatus>()(c.object({ liveId, index: c.int({ min: 0, max: 199 }) })),
  /** Opens or closes the round of one risk: a closed round takes no votes. */
  'live.round': method<LiveStatus>()(c.object({ liveId, riskId: id, open: c.boolean() })),
  /** Ends the session: the participant server stops; the votes come back as evidence. */
  'live.stop': method<LiveRecord>()(c.object({ liveId })),
};
