/**
 * Every command of the catalogue has exactly one run, and the registry serves the catalogue's
 * label, group and keys with it.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS, type CommandId } from '../../../src/shared/commands/catalogue.ts';
import { allCommands, getCommand } from '../../../src/renderer/commands/registry.ts';
import { COMMAND_RUNS, registerAllCommands } from '../../../src/renderer/registerAllCommands.ts';

describe('binding runs to the catalogue', () => {
  it('runs every catalogue id in exactly one feature', () => {
    const owners = new Map<string, number>();
    for (const runs of COMMAND_RUNS) for (const id of Object.keys(runs)) owners.set(id, (owners.get(id) ?? 0) + 1);
    expect([...owners].filter(([, n]) => n !== 1)).toEqual([]);
    expect([...owners.keys()].sort()).toEqual(Object.keys(COMMANDS).sort());
  });

  it('registers each command with the catalogue’s label, group, keys and scope', () => {
    registerAllCommands();
    expect(allCommands().map((c) => c.id).sort()).toEqual(Object.keys(COMMANDS).sort());
    for (const id of Object.keys(COMMANDS) as CommandId[]) {
      const { labelKey, group, shortcuts, scope } = getCommand(id)!;
      expect({ labelKey, group, shortcuts, scope }, id).toEqual({ shortcuts: undefined, scope: undefined, ...COMMANDS[id] });
    }
  });
});
