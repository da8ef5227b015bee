/**
 * Closing the window (or quitting) with work that is not in a .vlinder file yet asks first, in a
 * native dialog. Either answer loses nothing: "Sluiten" closes, and the core keeps every dirty
 * working copy, which the welcome screen offers for recovery at the next start. The browser
 * mode asks through `beforeunload` instead (src/renderer/unloadGuard.ts).
 */
import type { BrowserWindow, Dialog } from 'electron';
import { t } from '../../shared/i18n/t.ts';
import type { Language } from '../../shared/model/vocab.ts';

export interface CloseGuardOptions {
  /** True while an open project has changes that are not saved to its file. */
  hasUnsavedWork(): boolean;
  lang: () => Language;
  dialog: Pick<Dialog, 'showMessageBoxSync'>;
}

const CLOSE = 0;
const CANCEL = 1;

export function guardClose(win: BrowserWindow, opts: CloseGuardOptions): void {
  win.on('close', (event) => {
    if (!opts.hasUnsavedWork()) return;
    const lang = opts.lang();
    const answer = opts.dialog.showMessageBoxSync(win, {
      type: 'question',
      title: t(lang, 'quit.title'),
      message: t(lang, 'quit.message'),
      detail: t(lang, 'quit.detail'),
      buttons: [t(lang, 'quit.close'), t(lang, 'quit.cancel')],
      defaultId: CLOSE,
      cancelId: CANCEL,
      noLink: true,
    });
    if (answer !== CLOSE) event.preventDefault();
  });
}
