/**
 * What the facilitator does with a running session. Adopting writes the picked values into the
 * risk's scores as ONE undo entry, through the document store's normal edit path; ending the
 * session keeps it and its votes in the project (one more entry), so they survive saving.
 */
import type { LiveStatus } from '../../../shared/api/methods/live.ts';
import { setScore } from '../../../shared/model/ops/scores.ts';
import { recordSession } from '../../../shared/model/ops/sessions.ts';
import { sessionRecordOf } from '../../../shared/live/sessionRecord.ts';
import { ClientError } from '../../api/client.ts';
import type { CommandContext } from '../../AppContext.tsx';
import { errorMessage, type TFn } from '../../i18n/useT.ts';
import { useLive } from './liveStore.ts';

export function reportError(ctx: CommandContext, t: TFn, err: unknown, method: string): void {
  ctx.notify(err instanceof ClientError ? errorMessage(t, err.data) : t('error.internal', { method }), 'error');
}

async function update(ctx: CommandContext, t: TFn, method: string, run: () => Promise<LiveStatus>): Promise<void> {
  try {
    useLive.getState().setStatus(await run());
  } catch (err) {
    reportError(ctx, t, err, method);
  }
}

export function showRisk(ctx: CommandContext, t: TFn, status: LiveStatus, index: number): Promise<void> {
  return update(ctx, t, 'live.show', () => ctx.call('live.show', { liveId: status.liveId, index }));
}

export function setRound(ctx: CommandContext, t: TFn, status: LiveStatus, riskId: string, open: boolean): Promise<void> {
  return update(ctx, t, 'live.round', () => ctx.call('live.round', { liveId: status.liveId, riskId, open }));
}

/** The values to adopt for a risk: what the facilitator picked, else the median. */
export function valuesToAdopt(status: LiveStatus, riskId: string, picked: Record<string, number> | undefined): Record<string, number> {
  const risk = status.risks.find((r) => r.riskId === riskId);
  const out: Record<string, number> = {};
  for (const crit of status.content.criteria) {
    const v = picked?.[crit.id] ?? risk?.tallies[crit.id]?.median ?? null;
    if (v !== null) out[crit.id] = v;
  }
  return out;
}

export function adopt(ctx: CommandContext, t: TFn, status: LiveStatus, riskId: string): void {
  const values = valuesToAdopt(status, riskId, useLive.getState().picked[riskId]);
  const code = status.content.risks.find((r) => r.id === riskId)?.code ?? '';
  if (Object.keys(values).length === 0) return;
  // The session scores the project it was started from; never write into another one.
  if (ctx.useDoc.getState().sessionId !== status.sessionId) return;
  try {
    ctx.useDoc.getState().edit(
      t('live.adoptUndo', { code }),
      (d) => {
        for (const [criterion, value] of Object.entries(values)) setScore(d, riskId, criterion, value);
      },
      { riskId },
    );
    useLive.getState().markAdopted(riskId);
  } catch (err) {
    // The scales changed since the session started: the value is no longer on the scale.
    ctx.notify(t('live.refused', { message: err instanceof Error ? err.message : String(err) }), 'error');
  }
}

export async function endSession(ctx: CommandContext, t: TFn, status: LiveStatus): Promise<void> {
  try {
    const record = await ctx.call('live.stop', { liveId: status.liveId });
    const adopted = Object.keys(useLive.getState().adopted).length > 0;
    // The session and its votes go into the project it scored, as one undo entry.
    if (ctx.useDoc.getState().sessionId === status.sessionId && record.riskIds.length > 0) {
      ctx.useDoc.getState().edit(t('live.storeUndo', { name: record.name }), (d) => {
        recordSession(d, sessionRecordOf(record, adopted));
      });
    }
    useLive.getState().ended(record);
    ctx.notify(t('live.ended', { votes: record.votes.length, count: record.participants.length }));
  } catch (err) {
    reportError(ctx, t, err, 'live.stop');
  }
}
