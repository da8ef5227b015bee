import { describe, expect, it } from 'vitest';
import { applyPatches, enablePatches, produceWithPatches } from 'immer';
import { emptyHistory, record, redo, undo, HISTORY_LIMIT, type History } from '../../../src/renderer/store/history.ts';

enablePatches();

interface Doc { items: Record<string, { id: string; label: string }> }

function edit(doc: Doc, h: History, label: string, fn: (d: Doc) => void, gesture: string | null = null) {
  const [next, patches, inverse] = produceWithPatches(doc, fn);
  return { doc: next, history: record(h, { id: label, label, riskId: null, patches, inverse }, gesture) };
}

describe('undo history', () => {
  it('undoes and redoes edits in order', () => {
    let doc: Doc = { items: {} };
    let h = emptyHistory();
    ({ doc, history: h } = edit(doc, h, 'add a', (d) => void (d.items['a'] = { id: 'a', label: 'A' })));
    ({ doc, history: h } = edit(doc, h, 'rename a', (d) => void (d.items['a']!.label = 'A2')));
    const u1 = undo(h)!;
    doc = applyPatches(doc, u1.entry.inverse);
    expect(doc.items['a']!.label).toBe('A');
    const u2 = undo(u1.history)!;
    doc = applyPatches(doc, u2.entry.inverse);
    expect(doc.items).toEqual({});
    expect(undo(u2.history)).toBeNull();
    const r1 = redo(u2.history)!;
    doc = applyPatches(doc, r1.entry.patches);
    expect(doc.items['a']!.label).toBe('A');
  });

  it('makes a whole gesture (a drag) one entry', () => {
    let doc: Doc = { items: { a: { id: 'a', label: '0' } } };
    let h = emptyHistory();
    for (let i = 1; i <= 20; i++) ({ doc, history: h } = edit(doc, h, 'drag', (d) => void (d.items['a']!.label = String(i)), 'drag-1'));
    expect(h.past).toHaveLength(1);
    doc = applyPatches(doc, undo(h)!.entry.inverse);
    expect(doc.items['a']!.label).toBe('0');
  });

  it('starts a new entry after the gesture ends', () => {
    let doc: Doc = { items: { a: { id: 'a', label: '0' } } };
    let h = emptyHistory();
    ({ doc, history: h } = edit(doc, h, 'drag', (d) => void (d.items['a']!.label = '1'), 'g'));
    h = { ...h, gesture: null };
    ({ doc, history: h } = edit(doc, h, 'drag', (d) => void (d.items['a']!.label = '2'), 'g'));
    expect(h.past).toHaveLength(2);
    expect(doc.items['a']!.label).toBe('2');
  });

  it('drops the redo branch on a new edit and caps its length', () => {
    let doc: Doc = { items: {} };
    let h = emptyHistory();
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) ({ doc, history: h } = edit(doc, h, 'add', (d) => void (d.items[`k${i}`] = { id: `k${i}`, label: '' })));
    expect(h.past).toHaveLength(HISTORY_LIMIT);
    h = undo(h)!.history;
    expect(h.future).toHaveLength(1);
    ({ doc, history: h } = edit(doc, h, 'other', (d) => void (d.items['z'] = { id: 'z', label: '' })));
    expect(h.future).toHaveLength(0);
    expect(doc.items['z']).toBeDefined();
  });
});
