/**
 * Exports the register: in the desktop app to a file the user picks (native save dialog), in
 * browser mode as a download. Waits until every edit has reached the working copy first, so the
 * export holds what is on screen. The core checks every export for personal data; what deserves
 * a look (high and medium confidence) is said after the export.
 */
import { ClientError } from '../../api/client.ts';
import { errorMessage } from '../../i18n/useT.ts';
import type { PrivacyScan } from '../../../shared/api/methods/export.ts';
import { t } from '../../../shared/i18n/t.ts';
import type { Language } from '../../../shared/model/vocab.ts';
import { useUi } from '../../store/uiStore.ts';
import { serious } from '../export/exportStore.ts';
import type { CommandContext } from '../../AppContext.tsx';

let hostKind: Promise<string> | null = null;
function host(ctx: CommandContext): Promise<string> {
  hostKind ??= ctx.call('app.info', {}).then(
    (i) => i.host,
    () => 'web',
  );
  return hostKind;
}

function download(fileName: string, mimeType: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function warnPrivacy(ctx: CommandContext, lang: Language, scan: PrivacyScan): void {
  const count = serious(scan);
  if (count > 0) ctx.notify(t(lang, 'register.exportedPrivacy', { count }), 'error');
}

export async function exportRegister(ctx: CommandContext, format: 'xlsx' | 'csv'): Promise<void> {
  const lang = useUi.getState().lang;
  const sessionId = ctx.useDoc.getState().sessionId;
  if (!sessionId) return;
  try {
    await ctx.useDoc.getState().whenPersisted();
    if ((await host(ctx)) === 'electron') {
      const title = ctx.useDoc.getState().doc?.project.title ?? '';
      const chosen = await ctx.call('dialog.saveFile', { defaultName: `${t(lang, 'register.fileName')} ${title}.${format}` });
      if (!chosen.path) return;
      const result = await ctx.call('register.exportFile', { sessionId, path: chosen.path, lang });
      ctx.notify(t(lang, 'register.exported', { path: result.path }));
      warnPrivacy(ctx, lang, result.privacy);
    } else {
      const data = await ctx.call('register.exportData', { sessionId, format, lang });
      download(data.fileName, data.mimeType, data.dataBase64);
      ctx.notify(t(lang, 'register.downloaded', { file: data.fileName }));
      warnPrivacy(ctx, lang, data.privacy);
    }
  } catch (err) {
    const tt = (k: Parameters<typeof t>[1], p?: Parameters<typeof t>[2]) => t(lang, k, p);
    ctx.notify(err instanceof ClientError ? errorMessage(tt, err.data) : t(lang, 'error.internal', { method: 'register.export' }), 'error');
  }
}
