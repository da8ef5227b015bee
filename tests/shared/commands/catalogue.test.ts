/**
 * The command catalogue as a specification: every key is written so that a key press can match
 * it, and no key means two things in the same place.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS, SCOPES_WITHIN, isCommandId, type CommandId, type CommandScope, type CommandSpec } from '../../../src/shared/commands/catalogue.ts';
import { normaliseChord } from '../../../src/shared/commands/chord.ts';
import { en } from '../../../src/shared/i18n/en.ts';
import { nl } from '../../../src/shared/i18n/nl.ts';

const entries = Object.entries(COMMANDS) as [CommandId, CommandSpec][];

/** Chords claimed by more than one command in one scope, as "scope chord: id, id". */
function clashes(specs: readonly [string, CommandSpec][]): string[] {
  const found: string[] = [];
  for (const place of Object.keys(SCOPES_WITHIN) as CommandScope[]) {
    const owners = new Map<string, string[]>();
    for (const [id, spec] of specs) {
      if (!spec.scope || !SCOPES_WITHIN[spec.scope].includes(place)) continue;
      for (const chord of new Set(spec.shortcuts.map(normaliseChord))) owners.set(chord, [...(owners.get(chord) ?? []), id]);
    }
    for (const [chord, ids] of owners) if (ids.length > 1) found.push(`${place} ${chord}: ${ids.join(', ')}`);
  }
  return found;
}

describe('the command catalogue', () => {
  it('writes every shortcut in the normal form key presses are compared in', () => {
    for (const [id, spec] of entries) for (const chord of spec.shortcuts ?? []) expect(normaliseChord(chord), id).toBe(chord);
  });

  it('gives no two commands the same shortcut within one scope', () => {
    expect(clashes(entries)).toEqual([]);
  });

  it('counts a key that works anywhere as taken in the editor too', () => {
    const save: CommandSpec = { labelKey: 'project.save', group: 'project', shortcuts: ['Mod+S'], scope: 'anywhere' };
    const other: CommandSpec = { labelKey: 'bowtie.addCause', group: 'bowtie', shortcuts: ['Mod+s'], scope: 'editor' };
    expect(clashes([['a', save], ['b', other]])).toEqual(['editor Mod+S: a, b']);
  });

  it('labels every command and every group in Dutch and English', () => {
    for (const [id, spec] of entries) {
      expect(nl[spec.labelKey], id).toBeTruthy();
      expect(en[spec.labelKey], id).toBeTruthy();
      expect(nl[`group.${spec.group}`], id).toBeTruthy();
    }
  });

  it('recognises its own ids and nothing else when an id arrives as text', () => {
    expect(isCommandId('project.save')).toBe(true);
    expect(isCommandId('project.format')).toBe(false);
    expect(isCommandId('toString')).toBe(false);
  });
});
