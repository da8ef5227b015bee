/**
 * The facilitator's screen: the current risk with, per criterion, the number of votes, the
 * distribution, median and spread, and dissent marked in words and with an icon. Step through
 * the risks (buttons, or PageDown / PageUp), close the round, adopt the agreed values (one undo
 * step per risk).
 */
import type { LiveRiskStatus, LiveStatus } from '../../../shared/api/methods/live.ts';
import type { LiveCriterion } from '../../../shared/live/content.ts';
import type { Tally } from '../../../shared/live/stats.ts';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { CommandContext } from '../../AppContext.tsx';
import { counted } from './counted.ts';
import { useT, type TFn } from '../../i18n/useT.ts';
import { adopt, setRound, showRisk, valuesToAdopt } from './liveActions.ts';
import { useLive } from './liveStore.ts';
import { TallyChart } from './TallyChart.tsx';

const codeOf = (k: LiveCriterion, v: number | null) => (v === null ? '–' : (k.options.find((o) => o.value === v)?.code ?? String(v)));
const labelOf = (k: LiveCriterion, v: number | null) => (v === null ? '' : (k.options.find((o) => o.value === v)?.label ?? ''));
const votesOf = (r: LiveRiskStatus) => Math.max(0, ...Object.values(r.tallies).map((x) => x.n));

export function ResultsScreen({ ctx, status }: { ctx: CommandContext; status: LiveStatus }) {
  const t = useT();
  const picked = useLive((s) => s.picked);
  const adopted = useLive((s) => s.adopted);
  const index = status.current;
  const risk = status.content.risks[index]!;
  const rs = status.risks[index]!;
  const toAdopt = valuesToAdopt(status, risk.id, picked[risk.id]);
  const total = status.content.risks.length;
  // The facilitator steps through the risks as the bow-tie does: PageDown / PageUp, wherever the
  // keyboard is on this screen (a text field keeps its own keys).
  // Keys pressed faster than the status comes back step on from the risk asked for last, not
  // from the one still shown.
  const asked = useRef<number | null>(null);
  useEffect(() => {
    if (asked.current === index) asked.current = null;
  }, [index]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if ((e.key !== 'PageDown' && e.key !== 'PageUp') || e.altKey || e.ctrlKey || e.metaKey || e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
    const from = asked.current ?? index;
    const to = e.key === 'PageDown' ? from + 1 : from - 1;
    e.preventDefault();
    if (to < 0 || to >= total) return;
    asked.current = to;
    void showRisk(ctx, t, status, to).finally(() => {
      // Shown (the status came back with it) or refused (the message says why): step from the screen again.
      if (asked.current === to) asked.current = null;
    });
  };
  return (
    <div className="live-results" onKeyDown={onKeyDown}>
      <section className="live-current" aria-labelledby="live-risk-title">
        <p className="live-progress">
          {t('live.progress', { index: index + 1, total: status.content.risks.length })} · <span className={`live-round round-${rs.round}`}>{t(`live.round.${rs.round}`)}</span> ·{' '}
          {counted(t, 'live.join.participants', status.participants)}
        </p>
        <h2 id="live-risk-title">
          <span className="live-risk-code">{risk.code}</span> {risk.title}
        </h2>
        <div className="live-criteria">
          {status.content.criteria.map((k) => (
            <CriterionCard key={k.id} t={t} criterion={k} tally={rs.tallies[k.id]!} value={toAdopt[k.id] ?? null} onPick={(v) => useLive.getState().pick(risk.id, k.id, v)} />
          ))}
        </div>
        <div className="live-actions">
          <button type="button" disabled={index === 0} onClick={() => void showRisk(ctx, t, status, index - 1)}>
            ← {t('live.prev')}
          </button>
          <button type="button" onClick={() => void setRound(ctx, t, status, risk.id, rs.round !== 'open')}>
            {rs.round === 'open' ? t('live.closeRound') : t('live.reopenRound')}
          </button>
          <button type="button" className="primary" disabled={Object.keys(toAdopt).length === 0} onClick={() => adopt(ctx, t, status, risk.id)}>
            {t('live.adopt')}
          </button>
          <button type="button" disabled={index + 1 >= status.content.risks.length} onClick={() => void showRisk(ctx, t, status, index + 1)}>
            {t('live.next')} →
          </button>
          <span className="live-adopted" role="status">
            {adopted[risk.id] ? `✓ ${t('live.adopted')}` : ''}
          </span>
        </div>
        <p className="live-keys">{t('live.keysHint')}</p>
      </section>
      <nav className="live-overview" aria-label={t('live.overview')}>
        <ol>
          {status.content.risks.map((r, i) => {
            const s = status.risks[i]!;
            const dissent = Object.values(s.tallies).some((x) => x.dissent);
            return (
              <li key={r.id}>
                <button type="button" aria-current={i === index ? 'true' : undefined} onClick={() => void showRisk(ctx, t, status, i)}>
                  <b>{r.code}</b>
                  <span className="visually-hidden"> {r.title}: </span>
                  <span className="live-ov-n">
                    {votesOf(s)}
                    <span className="visually-hidden"> {t('live.votesWord')}</span>
                  </span>
                  {dissent && (
                    <span className="live-ov-dissent">
                      <span aria-hidden="true">⚠</span>
                      <span className="visually-hidden">, {t('live.dissent')}</span>
                    </span>
                  )}
                  {adopted[r.id] && (
                    <span>
                      <span aria-hidden="true">✓</span>
                      <span className="visually-hidden">, {t('live.adopted')}</span>
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
    </div>
  );
}

function CriterionCard({ t, criterion: k, tally, value, onPick }: { t: TFn; criterion: LiveCriterion; tally: Tally; value: number | null; onPick: (v: number) => void }) {
  return (
    <article className={`live-card${tally.dissent ? ' dissent' : ''}`} aria-labelledby={`live-k-${k.id}`}>
      <header>
        <h3 id={`live-k-${k.id}`}>{k.label}</h3>
        <span className="live-n">{counted(t, 'live.votes', tally.n)}</span>
      </header>
      <TallyChart criterion={k} tally={tally} />
      {tally.n === 0 ? (
        <p className="live-stats">{t('live.noVotes')}</p>
      ) : (
        <dl className="live-stats">
          <dt>{t('live.median')}</dt>
          <dd>
            <b>{codeOf(k, tally.median)}</b> {labelOf(k, tally.median)}
          </dd>
          <dt>{t('live.spread')}</dt>
          <dd>{t('live.spreadValue', { spread: tally.spread ?? 0, low: codeOf(k, tally.range?.[0] ?? null), high: codeOf(k, tally.range?.[1] ?? null) })}</dd>
        </dl>
      )}
      {tally.n > 0 && <p className={`live-verdict${tally.dissent ? ' dissent' : ''}`}>{tally.dissent ? `⚠ ${t('live.dissent')}` : `✓ ${t('live.agree')}`}</p>}
      <label className="live-pick">
        {t('live.adoptValue', { criterion: k.label })}
        <select value={value ?? ''} onChange={(e) => onPick(Number(e.target.value))}>
          {value === null && <option value="">–</option>}
          {k.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.code} {o.label}
            </option>
          ))}
        </select>
      </label>
    </article>
  );
}
