/**
 * The facilitator's side of live scoring (docs/live-scoring.md): one scoring session per
 * process. Starting builds the public content from the open document and starts the participant
 * server on the chosen address; stopping (also when the project closes or the host shuts down)
 * stops it again. Votes stay in memory here until the session ends and returns them as evidence.
 */
import { randomUUID } from 'node:crypto';
import { networkInterfaces } from 'node:os';
import type { Handlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import type { LiveStatus, NetAddress } from '../../shared/api/methods/live.ts';
import { t } from '../../shared/i18n/t.ts';
import { buildLiveContent } from '../../shared/live/buildContent.ts';
import { LiveSession } from '../live/liveSession.ts';
import { startParticipantServer, type ParticipantServer } from '../live/participantServer.ts';
import type { Sessions } from './sessions.ts';
import { because } from '../../shared/model/check.ts';

type LiveHandlers = Pick<Handlers, 'live.interfaces' | 'live.start' | 'live.current' | 'live.status' | 'live.show' | 'live.round' | 'live.stop'>;

interface Running {
  liveId: string;
  sessionId: string;
  session: LiveSession;
  server: ParticipantServer;
}

/** IPv4 addresses of this computer, loopback first: the only addresses a session may listen on. */
export function listAddresses(): NetAddress[] {
  const out: NetAddress[] = [];
  for (const [name, addrs] of Object.entries(networkInterfaces())) {
    for (const a of addrs ?? []) if (a.family === 'IPv4') out.push({ name, address: a.address, internal: a.internal });
  }
  return out.sort((a, b) => Number(b.internal) - Number(a.internal));
}

/** How long a stopping session keeps answering, so that every phone learns that it ended. */
const ENDED_GRACE_MS = 300;

export interface LiveControl {
  handlers: LiveHandlers;
  /** Stops the running session if it belongs to `sessionId` (the project closes). */
  stopFor(sessionId: string): Promise<void>;
  stopAll(): Promise<void>;
}

export function liveControl({ sessions, addresses = listAddresses }: { sessions: Sessions; addresses?: () => NetAddress[] }): LiveControl {
  let running: Running | null = null;

  const get = (liveId: string): Running => {
    if (!running || running.liveId !== liveId) throw new ApiError('live.notFound');
    return running;
  };
  const status = (r: Running): LiveStatus => ({
    liveId: r.liveId,
    sessionId: r.sessionId,
    version: r.session.changes.version,
    startedAt: r.session.startedAt,
    code: r.session.code,
    address: r.server.url,
    joinUrl: `${r.server.url}#c=${r.session.code}`,
    content: r.session.content,
    current: r.session.current,
    participants: r.session.participantCount,
    risks: r.session.riskStatus(),
  });
  const stop = async (r: Running) => {
    r.session.end();
    if (running === r) running = null;
    // Let the phones' waiting state requests answer "ended" before the sockets are cut.
    await new Promise((resolve) => setTimeout(resolve, ENDED_GRACE_MS));
    await r.server.close();
  };

  const handlers: LiveHandlers = {
    async 'live.interfaces'() {
      return addresses();
    },
    async 'live.start'({ sessionId, name, riskIds, criteria, address, port }) {
      const doc = sessions.get(sessionId).doc();
      if (running) throw new ApiError('live.running');
      if (!addresses().some((a) => a.address === address)) throw new ApiError('live.badAddress', { address });
      const lang = doc.project.language;
      const content = buildLiveContent(doc, { name, riskIds, criterionIds: criteria, words: { likelihood: t(lang, 'register.col.likelihood'), impact: t(lang, 'register.col.impact') } });
      const session = new LiveSession(content);
      let server: ParticipantServer;
      try {
        server = await startParticipantServer({ session, address, ...(port !== undefined ? { port } : {}) });
      } catch (err) {
        throw new ApiError('live.listenFailed', { address, reason: (err as NodeJS.ErrnoException).code ?? 'error' }, { cause: err });
      }
      if (running) {
        // Another start won the race while this one was listening.
        await server.close();
        throw new ApiError('live.running');
      }
      running = { liveId: randomUUID(), sessionId, session, server };
      return status(running);
    },
    async 'live.current'() {
      return running ? status(running) : null;
    },
    async 'live.status'({ liveId, after, waitMs }) {
      const r = get(liveId);
      await r.session.changes.wait(after ?? -1, waitMs ?? 0);
      return status(get(liveId));
    },
    async 'live.show'({ liveId, index }) {
      const r = get(liveId);
      if (index >= r.session.content.risks.length) throw new ApiError('badArgument', { path: 'args.index', reason: because('reason.outsideSession') });
      r.session.show(index);
      return status(r);
    },
    async 'live.round'({ liveId, riskId, open }) {
      const r = get(liveId);
      if (!r.session.content.risks.some((x) => x.id === riskId)) throw new ApiError('badArgument', { path: 'args.riskId', reason: because('reason.notInSession') });
      r.session.setRound(riskId, open);
      return status(r);
    },
    async 'live.stop'({ liveId }) {
      const r = get(liveId);
      const record = r.session.record(r.liveId, new Date().toISOString());
      await stop(r);
      return record;
    },
  };
  return {
    handlers,
    async stopFor(sessionId) {
      if (running && running.sessionId === sessionId) await stop(running);
    },
    async stopAll() {
      if (running) await stop(running);
    },
  };
}
