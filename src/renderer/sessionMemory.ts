/** Remembers the open session per browser tab, so a reload of the page reopens the same project. */
const KEY = 'vlinder.session';

export function rememberSession(sessionId: string | null): void {
  try {
    if (sessionId) sessionStorage.setItem(KEY, sessionId);
    else sessionStorage.removeItem(KEY);
  } catch {
    /* no storage: a reload shows the welcome screen, which offers recovery */
  }
}

export function rememberedSession(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}
