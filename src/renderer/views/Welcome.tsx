/** The empty state: new project, open a file, the example project, and recovery of lost work. */
import { useEffect, useState } from 'react';
import type { RecentFile } from '../../shared/api/methods/files.ts';
import type { SessionSummary, Session } from '../../shared/api/methods/project.ts';
import { confirmDiscard } from '../commands/leaveProject.ts';
import { newProject, openExample, openPath, openWithDialog, showSession } from '../commands/projectActions.ts';
import { useT } from '../i18n/useT.ts';
import { LanguageSwitch } from '../panels/LanguageSwitch.tsx';
import type { CommandContext } from '../AppContext.tsx';

export function Welcome({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const [leftovers, setLeftovers] = useState<SessionSummary[]>([]);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    ctx.call('project.sessions', {}).then(setLeftovers, () => setLeftovers([]));
    ctx.call('files.recent', {}).then(setRecent, () => setRecent([]));
  }, [ctx]);

  async function busyWhile(action: () => Promise<unknown>) {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }
  const run = (open: () => Promise<Session>) => busyWhile(() => showSession(ctx, open));

  const openFile = () => busyWhile(() => openWithDialog(ctx));

  async function discard(sessionId: string, title: string) {
    if (!(await confirmDiscard(title))) return;
    await ctx.call('project.resume', { sessionId }).then(() => ctx.call('project.close', { sessionId, discard: true })).catch(() => undefined);
    setLeftovers((l) => l.filter((x) => x.sessionId !== sessionId));
  }

  return (
    <main className="welcome">
      <header className="welcome-header">
        <h1>{t('welcome.title')}</h1>
        <LanguageSwitch />
      </header>
      <p className="welcome-intro">{t('welcome.intro')}</p>
      <div className="welcome-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => busyWhile(() => newProject(ctx))}>
          {t('welcome.new')}
        </button>
        <button type="button" disabled={busy} onClick={openFile}>
          {t('welcome.open')}
        </button>
        <button type="button" disabled={busy} onClick={() => busyWhile(() => openExample(ctx))}>
          {t('welcome.example')}
        </button>
      </div>
      {recent.length > 0 && (
        <section className="welcome-recent" aria-labelledby="recent-title">
          <h2 id="recent-title">{t('files.recent')}</h2>
          <ul>
            {recent.map((r) => (
              <li key={r.path}>
                <button type="button" disabled={busy || !r.exists} onClick={() => void busyWhile(() => openPath(ctx, r.path))}>
                  {r.title}
                </button>
                <span className="recover-meta">{r.exists ? r.path : t('files.missing', { path: r.path })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {leftovers.length > 0 && (
        <section className="welcome-recover" aria-labelledby="recover-title">
          <h2 id="recover-title">{t('welcome.recoverTitle')}</h2>
          <p>{t('welcome.recoverIntro')}</p>
          <ul>
            {leftovers.map((l) => (
              <li key={l.sessionId}>
                <span className="recover-title">{l.title}</span>
                <span className="recover-meta">{l.path ?? '—'} · {new Date(l.updatedAt).toLocaleString()}</span>
                <button type="button" onClick={() => run(() => ctx.call('project.resume', { sessionId: l.sessionId }))}>
                  {t('welcome.recover')}
                </button>
                <button type="button" onClick={() => void discard(l.sessionId, l.title)}>
                  {t('welcome.discard')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
