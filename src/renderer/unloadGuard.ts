/**
 * Browser mode: closing or reloading the tab with changes that are not in a .vlinder file makes
 * the browser ask first ("beforeunload"). Nothing is lost either way — the working copy stays in
 * the data folder and the welcome screen offers it — but a user who did not mean to leave can stay.
 * The desktop app asks in its own native dialog (src/main/electron/closeGuard.ts); a
 * `beforeunload` that prevents there would silently block the window from closing.
 */
import type { UseDocStore } from './store/docStore.ts';

export function guardUnload(useDoc: UseDocStore): () => void {
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    const { doc, dirty, pending } = useDoc.getState();
    if (!doc || (!dirty && pending === 0)) return;
    e.preventDefault();
    e.returnValue = ''; // older Chromium (and Electron's) need a value to show the question
  };
  window.addEventListener('beforeunload', onBeforeUnload);
  return () => window.removeEventListener('beforeunload', onBeforeUnload);
}
