import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../../src/shared/api/contract.ts';
import { createDispatch } from '../../../src/shared/api/dispatch.ts';
import { ApiError } from '../../../src/shared/api/errors.ts';

function handlers(overrides: Partial<Handlers>): Handlers {
  return new Proxy(overrides as Handlers, {
    get: (target, key: string) => (target as Record<string, unknown>)[key] ?? (async () => ({ called: key })),
  });
}

describe('the dispatcher', () => {
  it('refuses an unknown method as data', async () => {
    const result = await createDispatch(handlers({}))('project.explode', {});
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'unknownMethod', messageKey: 'error.unknownMethod' }) });
  });

  it('refuses a method name that is not a string, even one JSON made unprintable', async () => {
    // JSON.parse('{"toString":1}') gives an object String() throws on.
    const result = await createDispatch(handlers({}))(JSON.parse('{"toString":1}'), {});
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'unknownMethod', params: { method: 'object' } }) });
  });

  it('names the offending field of a bad argument', async () => {
    const result = await createDispatch(handlers({}))('project.open', { path: 42 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('badArgument');
      expect(result.error.params?.['path']).toBe('args.path');
    }
  });

  it('refuses fields the contract does not declare', async () => {
    const result = await createDispatch(handlers({}))('project.open', { path: '/x.vlinder', evil: true });
    expect(result.ok).toBe(false);
  });

  it('passes a valid argument object through to the handler and returns its result', async () => {
    const dispatch = createDispatch(handlers({ 'project.get': async ({ sessionId }) => ({ sessionId, path: null, dirty: false, revision: 7, doc: null as never }) }));
    const result = await dispatch('project.get', { sessionId: 'abc' });
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ sessionId: 'abc', revision: 7 }) });
  });

  it('returns errors thrown by a handler as data with their message key', async () => {
    const dispatch = createDispatch(handlers({ 'project.open': async () => { throw new ApiError('file.newerVersion', { version: 9, needed: '3.0' }); } }));
    const result = await dispatch('project.open', { path: '/x.vlinder' });
    expect(result).toEqual({ ok: false, error: { code: 'file.newerVersion', messageKey: 'error.file.newerVersion', params: { version: 9, needed: '3.0' } } });
  });

  it('hides unexpected crashes behind an internal error and reports them to the host', async () => {
    const seen: string[] = [];
    const dispatch = createDispatch(handlers({ 'project.sessions': async () => { throw new TypeError('boom'); } }), (_e, m) => seen.push(m));
    const result = await dispatch('project.sessions', {});
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'internal' }) });
    expect(JSON.stringify(result)).not.toContain('boom');
    expect(seen).toEqual(['project.sessions']);
  });
});
