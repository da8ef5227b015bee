/**
 * The register's actions as commands, so the command palette (and the Electron menu, by id)
 * reach them: go to the register, matrix or settings; import a list; export the register.
 */
import type { CommandRuns } from '../../commands/registry.ts';
import { useUi } from '../../store/uiStore.ts';
import { exportRegister } from './exportRegister.ts';
import { openImport } from './ImportDialog.tsx';
import type { CommandContext } from '../../AppContext.tsx';
import { openStarter } from '../starter/starterStore.ts';
import { toggleRoomView } from '../matrix/matrixStore.ts';

const hasDoc = (ctx: CommandContext) => ctx.useDoc.getState().doc !== null;

export const registerViewCommands = {
  'view.register': { enabled: hasDoc, run: () => useUi.getState().setView('register') },
  'view.matrix': { enabled: hasDoc, run: () => useUi.getState().setView('matrix') },
  'matrix.roomView': {
    enabled: hasDoc,
    run() {
      useUi.getState().setView('matrix');
      toggleRoomView();
    },
  },
  'view.evidence': { enabled: hasDoc, run: () => useUi.getState().setView('evidence') },
  'view.settings': { enabled: hasDoc, run: () => useUi.getState().setView('settings') },
  'register.import': {
    enabled: hasDoc,
    run() {
      useUi.getState().setView('register');
      openImport();
    },
  },
  'register.starter': {
    enabled: hasDoc,
    run() {
      useUi.getState().setView('register');
      openStarter();
    },
  },
  'register.exportXlsx': { enabled: hasDoc, run: (ctx) => exportRegister(ctx, 'xlsx') },
  'register.exportCsv': { enabled: hasDoc, run: (ctx) => exportRegister(ctx, 'csv') },
} satisfies CommandRuns;
