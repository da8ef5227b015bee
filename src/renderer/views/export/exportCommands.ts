/** Commands of the exports: open the export dialog, copy the current bow-tie as an image. */
import { t } from '../../../shared/i18n/t.ts';
import { ClientError } from '../../api/client.ts';
import type { CommandRuns } from '../../commands/registry.ts';
import { errorMessage } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { openExportDialog } from './exportStore.ts';
import type { CommandContext } from '../../AppContext.tsx';

const hasDoc = (ctx: CommandContext) => ctx.useDoc.getState().doc !== null;

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copies the open bow-tie (drawn by the export renderer, not a screenshot) to the clipboard as PNG. */
export async function copyDiagram(ctx: CommandContext): Promise<void> {
  const lang = useUi.getState().lang;
  const sessionId = ctx.useDoc.getState().sessionId;
  const riskId = useUi.getState().riskId;
  if (!sessionId || !riskId) return;
  try {
    const img = await ctx.call('export.diagram', { sessionId, riskId, scale: 2, publication: false, omitInternal: false });
    const blob = new Blob([Uint8Array.from(atob(img.pngBase64), (c) => c.charCodeAt(0))], { type: 'image/png' });
    try {
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
      ctx.notify(t(lang, 'export.copied'));
    } catch {
      // No clipboard access (plain http page, or permission refused): hand over the file instead.
      download(`${img.name}.png`, blob);
      ctx.notify(t(lang, 'export.downloaded'));
    }
  } catch (err) {
    ctx.notify(err instanceof ClientError ? errorMessage((k, p) => t(lang, k, p), err.data) : t(lang, 'error.internal', { method: 'export.diagram' }), 'error');
  }
}

export const exportCommands = {
  'export.open': { enabled: hasDoc, run: (ctx) => openExportDialog(ctx) },
  'export.copyDiagram': { enabled: (ctx) => hasDoc(ctx) && useUi.getState().riskId !== null, run: copyDiagram },
} satisfies CommandRuns;
