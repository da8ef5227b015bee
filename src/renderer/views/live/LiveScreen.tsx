/**
 * The running session on the facilitator's screen: a full-window layer with the join screen
 * (for the projector) and the results, or — hidden — a bar to bring it back. Follows the
 * session with a long poll while it runs; picks a running session up again after a reload.
 */
import { useEffect, useRef } from 'react';
import type { CommandContext } from '../../AppContext.tsx';
import { counted } from './counted.ts';
import { useT } from '../../i18n/useT.ts';
import { endSession } from './liveActions.ts';
import { followLive, useLive } from './liveStore.ts';
import { JoinScreen } from './JoinScreen.tsx';
import { ResultsScreen } from './ResultsScreen.tsx';
import { LiveSetup } from './LiveSetup.tsx';
import './live.css';

export function LiveScreen({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const status = useLive((s) => s.status);
  const tab = useLive((s) => s.tab);
  const hidden = useLive((s) => s.hidden);
  const liveId = status?.liveId ?? null;
  const title = useRef<HTMLHeadingElement>(null);
  const shown = status !== null && !hidden;

  useEffect(() => {
    // After a reload of the window the core may still run a session: show it again.
    ctx.call('live.current', {}).then((cur) => cur && useLive.getState().setStatus(cur), () => {});
  }, [ctx]);
  useEffect(() => (liveId ? followLive(ctx.call, liveId) : undefined), [ctx, liveId]);
  // The layer covers the app: focus moves into it when it appears, so keyboard and screen reader follow.
  useEffect(() => {
    if (shown) title.current?.focus();
  }, [shown]);

  if (!status) return <LiveSetup ctx={ctx} />;
  if (hidden) {
    return (
      <div className="live-pill" role="region" aria-label={t('live.open')}>
        <span>{t('live.bar', { code: status.code, count: status.participants })}</span>
        <button type="button" onClick={() => useLive.getState().setHidden(false)}>
          {t('live.open')}
        </button>
      </div>
    );
  }
  return (
    <div
      className="live-screen"
      role="dialog"
      aria-modal="true"
      aria-labelledby="live-screen-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') useLive.getState().setHidden(true);
      }}
    >
      <div className="live-head">
        <h1 id="live-screen-title" ref={title} tabIndex={-1}>
          {status.content.name}
        </h1>
        <span className="live-head-code">
          {status.code} · {counted(t, 'live.join.participants', status.participants)}
        </span>
        <nav className="live-tabs">
          {(['join', 'results'] as const).map((name) => (
            <button key={name} type="button" aria-pressed={tab === name} onClick={() => useLive.getState().setTab(name)}>
              {t(`live.tab.${name}`)}
            </button>
          ))}
        </nav>
        <button type="button" onClick={() => useLive.getState().setHidden(true)}>
          {t('live.hide')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            if (window.confirm(t('live.endConfirm'))) void endSession(ctx, t, status);
          }}
        >
          {t('live.end')}
        </button>
      </div>
      <div className="live-body">{tab === 'join' ? <JoinScreen status={status} /> : <ResultsScreen ctx={ctx} status={status} />}</div>
    </div>
  );
}
