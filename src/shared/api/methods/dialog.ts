import { c } from '../../model/check.ts';
import { method } from '../define.ts';

/** What a native file dialog answered; `null` when cancelled or when the host has no dialogs (web). */
export interface ChosenPath {
  path: string | null;
}

const path = c.string({ min: 1, max: 4096, verbatim: true }); // a file name is used as it is

/**
 * Native dialogs and the file manager. Only the Electron host implements them; the web host
 * answers `notFound` and the renderer shows its own file chooser over `files.list` (files.ts).
 */
export const dialogMethods = {
  /** Asks the user for a `.vlinder` file to open. */
  'dialog.openFile': method<ChosenPath>()(c.object({})),
  /**
   * Asks the user where to save. The extension of `defaultName` (e.g. `.vlinder`, `.docx`) picks
   * the file-type filter and is added when the user leaves it off.
   */
  'dialog.saveFile': method<ChosenPath>()(c.object({ defaultName: c.optional(c.string({ min: 1, max: 255 })) })),
  /** Shows a saved file in the system's file manager. */
  'shell.showItem': method<{ shown: boolean }>()(c.object({ path })),
};
