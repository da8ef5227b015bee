/**
 * Asks the user for a path: the host's native dialog where it has one (the desktop app), else
 * the in-app file chooser (browser mode, where the host answers `notFound`).
 */
import type { CommandContext } from '../AppContext.tsx';
import { chooseFile, folderOf, type FileRequest } from '../store/fileChooserStore.ts';

/** The chosen path, or null when the user cancelled. */
export async function pickPath(ctx: CommandContext, request: FileRequest): Promise<string | null> {
  const native =
    request.mode === 'open'
      ? await ctx.call('dialog.openFile', {}).catch(() => undefined)
      : await ctx.call('dialog.saveFile', request.defaultName ? { defaultName: request.defaultName } : {}).catch(() => undefined);
  if (native !== undefined) {
    if (request.mode !== 'folder' || !native.path) return native.path;
    // The native save dialog stands in for a folder chooser: its folder is the answer.
    return folderOf(native.path) || null;
  }
  return chooseFile(request);
}
