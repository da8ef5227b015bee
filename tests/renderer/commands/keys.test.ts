import { describe, expect, it } from 'vitest';
import { chordOf, isPrintable } from '../../../src/renderer/commands/keys.ts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> & { code?: string } = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

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
  it('reads an Alt chord from the physical key, as a Mac keyboard gives a special character for Alt+letter', () => {
    // macOS: Option+N is "˜", Option+F "ƒ", Option+Shift+I "ˆ", Option+1 "¡".
    expect(chordOf(key('˜', { altKey: true, code: 'KeyN' }), true)).toBe('Alt+N');
    expect(chordOf(key('ƒ', { altKey: true, code: 'KeyF' }), true)).toBe('Alt+F');
    expect(chordOf(key('ˆ', { altKey: true, shiftKey: true, code: 'KeyI' }), true)).toBe('Alt+Shift+I');
    expect(chordOf(key('¡', { altKey: true, code: 'Digit1' }), true)).toBe('Alt+1');
    expect(chordOf(key('ArrowUp', { altKey: true, code: 'ArrowUp' }), true)).toBe('Alt+ArrowUp');
    // Without Alt the character typed counts (an AZERTY "a" is on KeyQ).
    expect(chordOf(key('a', { code: 'KeyQ' }), true)).toBe('A');
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
