import { describe, expect, it } from 'vitest';
import { chordOf, isPrintable } from '../../../src/renderer/commands/keys.ts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

describe('chordOf', () => {
  it('names a lower-case letter as the bare key and a capital as Shift + letter, also without Shift (Caps Lock)', () => {
    expect(chordOf(key('c'))).toBe('C');
    expect(chordOf(key('C', { shiftKey: true }))).toBe('Shift+C');
    expect(chordOf(key('C'))).toBe('Shift+C');
    expect(chordOf(key('É'))).toBe('Shift+É');
  });
  it('leaves modifier chords alone: Caps Lock does not turn Ctrl+S into Ctrl+Shift+S', () => {
    expect(chordOf(key('S', { ctrlKey: true }))).toBe('Mod+S');
    expect(chordOf(key('?', { shiftKey: true }))).toBe('?');
  });
});

describe('isPrintable', () => {
  it('is true for letters, digits and signs; false for Space, named keys and modifier chords', () => {
    for (const k of ['a', 'Z', '7', 'é', '-']) expect(isPrintable(key(k))).toBe(true);
    expect(isPrintable(key(' '))).toBe(false);
    expect(isPrintable(key('Enter'))).toBe(false);
    expect(isPrintable(key('a', { ctrlKey: true }))).toBe(false);
    expect(isPrintable(key('a', { altKey: true }))).toBe(false);
  });
});
