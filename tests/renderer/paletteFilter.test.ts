import { describe, expect, it } from 'vitest';
import { filterCommands, type PaletteItem } from '../../src/renderer/commands/palette/paletteFilter.ts';

const items: PaletteItem[] = [
  { id: 'bowtie.addCause', label: 'Oorzaak toevoegen', shortcuts: ['C'], enabled: true },
  { id: 'bowtie.addEscalation', label: 'Escalatiefactor toevoegen', shortcuts: ['E'], enabled: false },
  { id: 'view.theme.projector', label: 'Projectorthema', shortcuts: ['Mod+Shift+P'], enabled: true },
  { id: 'bowtie.addPreventive', label: 'Preventieve maatregel toevoegen', shortcuts: ['P'], enabled: true },
  { id: 'bowtie.addLimiting', label: 'Beperkende maatregel toevoegen', shortcuts: ['B'], enabled: true },
];

describe('the command palette finds commands by what you type', () => {
  it('matches all words in any order, ignoring case and accents', () => {
    expect(filterCommands(items, 'maatregel toev').map((i) => i.id)).toEqual(['bowtie.addPreventive', 'bowtie.addLimiting']);
    expect(filterCommands(items, 'ESCALATIEFACTÓR').map((i) => i.id)).toEqual(['bowtie.addEscalation']);
    expect(filterCommands(items, 'xyz')).toEqual([]);
  });

  it('puts labels starting with the query first, and disabled commands last', () => {
    expect(filterCommands(items, 'pro')[0]!.id).toBe('view.theme.projector');
    const all = filterCommands(items, '');
    expect(all).toHaveLength(items.length);
    expect(all[all.length - 1]!.id).toBe('bowtie.addEscalation');
  });
});
