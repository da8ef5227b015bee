/** The facilitator's live.* methods over a real participant server on 127.0.0.1. */
import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/shared/api/dispatch.ts';
import { LOOPBACK, join, liveDoc, send, useLiveCore } from './liveFixture.ts';
import { t, type MessageKey, type MessageParams } from '../../../src/shared/i18n/t.ts';

const start = useLiveCore();

describe('starting a session', () => {
  it('sends phones only codes, titles, descriptions and scale words, and refuses confidential risks', async () => {
    const doc = liveDoc(4);
    const { core, sessionId, live } = await start({ doc });
    const token = await join(live);
    const state = await send(live.address, '/api/state', { token });
    expect(state.status).toBe(200);
    expect(state.json['risk']).toEqual({ id: live.content.risks[0]!.id, code: 'R01', title: 'Risico 1', description: 'Omschrijving van risico 1.' });
    expect((state.json['criteria'] as { label: string }[]).map((k) => k.label)).toEqual(['Kans', 'Impact']);
    for (const page of [state.text, JSON.stringify(live.content), (await send(live.address, '/')).text, (await send(live.address, '/app.js')).text]) {
      expect(page).not.toMatch(/GEHEIM/);
    }
    await core.handlers['live.stop']({ liveId: live.liveId });
    const confidential = Object.values(doc.risks).find((r) => r.confidentiality === 'confidential')!;
    const dispatch = createDispatch(core.handlers);
    const refused = await dispatch('live.start', { sessionId, name: 'x', riskIds: [confidential.id], criteria: ['likelihood'], address: LOOPBACK });
    expect(refused).toMatchObject({ ok: false, error: { code: 'badArgument' } });
    const error = (refused as { error: { messageKey: string; params: MessageParams } }).error;
    expect(t('nl', error.messageKey as MessageKey, error.params)).toMatch(new RegExp(`${confidential.code} is vertrouwelijk en gaat niet naar telefoons`));
    expect(t('en', error.messageKey as MessageKey, error.params)).toMatch(new RegExp(`${confidential.code} is confidential and does not go to phones`));
    expect(await core.handlers['live.current']({})).toBeNull();
  });

  it('listens only on an address of this computer, and runs one session at a time', async () => {
    const { core, sessionId, live } = await start();
    const dispatch = createDispatch(core.handlers);
    const args = { sessionId, name: 'x', riskIds: [live.content.risks[0]!.id], criteria: ['likelihood'] };
    expect(await dispatch('live.start', { ...args, address: LOOPBACK })).toMatchObject({ ok: false, error: { code: 'live.running' } });
    await core.handlers['live.stop']({ liveId: live.liveId });
    for (const address of ['0.0.0.0', '::', '192.0.2.1']) {
      expect(await dispatch('live.start', { ...args, address })).toMatchObject({ ok: false, error: { code: 'live.badAddress' } });
    }
    expect(await dispatch('live.start', { ...args, address: LOOPBACK, criteria: ['trend', 'nope'] })).toMatchObject({ ok: false, error: { code: 'badArgument' } });
  });

  it('stops the participant server when the project is closed', async () => {
    const { core, sessionId, live } = await start();
    await core.handlers['project.close']({ sessionId, discard: true });
    expect(await core.handlers['live.current']({})).toBeNull();
    await expect(send(live.address, '/')).rejects.toThrow(/ECONNREFUSED/);
  });
});

describe('running a round', () => {
  it('answers a waiting status call as soon as a vote arrives, with the tally', async () => {
    const { core, live } = await start();
    const tokens = await Promise.all(['A', 'B', 'C', 'D'].map((n) => join(live, n)));
    const before = await core.handlers['live.status']({ liveId: live.liveId });
    expect(before.participants).toBe(4);
    const riskId = live.content.risks[0]!.id;
    const t0 = performance.now();
    const waiting = core.handlers['live.status']({ liveId: live.liveId, after: before.version, waitMs: 10_000 });
    await send(live.address, '/api/vote', { token: tokens[0]!, body: { riskId, criterion: 'likelihood', value: 1 } });
    const after = await waiting;
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(after.risks[0]!.tallies['likelihood']).toMatchObject({ n: 1, median: 1 });
    for (const [i, v] of [[1, 1], [2, 5], [3, 5]] as const) await send(live.address, '/api/vote', { token: tokens[i]!, body: { riskId, criterion: 'likelihood', value: v } });
    const split = await core.handlers['live.status']({ liveId: live.liveId });
    expect(split.risks[0]!.tallies['likelihood']).toMatchObject({ n: 4, counts: [2, 0, 0, 0, 2], median: 1, dissent: true });
  });

  it('moves the phones to the next risk and back, and ends with the evidence', async () => {
    const { core, live } = await start();
    const token = await join(live, '  Jeugd\u0000werker  ');
    const [r1, r2] = live.content.risks;
    await send(live.address, '/api/vote', { token, body: { riskId: r1!.id, criterion: 'impact', value: 3 } });
    const phone = send(live.address, '/api/state?v=0', { token });
    await core.handlers['live.show']({ liveId: live.liveId, index: 1 });
    const moved = await phone;
    expect(moved.json).toMatchObject({ index: 1, round: 'open', risk: { id: r2!.id }, mine: {} });
    await send(live.address, '/api/vote', { token, body: { riskId: r2!.id, criterion: 'likelihood', value: 2 } });
    const back = await core.handlers['live.show']({ liveId: live.liveId, index: 0 });
    expect(back.risks.map((r) => r.round)).toEqual(['open', 'open', 'waiting']);
    expect((await send(live.address, '/api/state', { token })).json['mine']).toEqual({ impact: 3 });
    const record = await core.handlers['live.stop']({ liveId: live.liveId });
    expect(record).toMatchObject({ name: 'Werksessie 2 december', participants: [{ ref: 1, nickname: 'Jeugdwerker' }], criteria: ['likelihood', 'impact'] });
    expect(record.votes.map((v) => [v.riskId, v.criterion, v.value]).sort()).toEqual([[r1!.id, 'impact', 3], [r2!.id, 'likelihood', 2]].sort());
  });
});
