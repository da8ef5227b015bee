/**
 * The register's actions as commands, so the command palette (and the Electron menu, by id)
 * reach them: go to the register, matrix or settings; import a list; export the register.
 */
import type { Command, CommandContext } from '../../commands/registry.ts';
import { useUi } from '../../store/uiStore.ts';
import { exportRegister } from './exportRegister.ts';
import { openImport } from './ImportDialog.tsx';

const hasDoc = (ctx: CommandContext) => ctx.useDoc.getState().doc !== null;

export const registerViewCommands: Command[] = [
  { id: 'view.register', labelKey: 'view.register', group: 'view', enabled: hasDoc, run: () => useUi.getState().setView('register') },
  { id: 'view.matrix', labelKey: 'view.matrix', group: 'view', enabled: hasDoc, run: () => useUi.getState().setView('matrix') },
  { id: 'view.settings', labelKey: 'view.settings', group: 'view', enabled: hasDoc, run: () => useUi.getState().setView('settings') },
  {
    id: 'register.import',
    labelKey: 'register.import.open',
    group: 'project',
    enabled: hasDoc,
    run() {
      useUi.getState().setView('register');
      openImport();
    },
  },
  { id: 'register.exportXlsx', labelKey: 'register.export.xlsx', group: 'project', enabled: hasDoc, run: (ctx) => exportRegister(ctx, 'xlsx') },
  { id: 'register.exportCsv', labelKey: 'register.export.csv', group: 'project', enabled: hasDoc, run: (ctx) => exportRegister(ctx, 'csv') },
];
