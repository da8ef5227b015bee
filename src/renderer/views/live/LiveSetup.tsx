/**
 * Starting a scoring session: name, risks (confidential ones cannot be chosen), criteria from the
 * project's scales, and the network the phones are on. Only loopback is chosen by default: the
 * laptop opens to the room only when the facilitator picks its Wi-Fi address.
 */
import { useEffect, useMemo, useState } from 'react';
import { useModalDialog } from '../../panels/useModalDialog.ts';
import type { NetAddress } from '../../../shared/api/methods/live.ts';
import { isShareable, liveCriteria } from '../../../shared/live/buildContent.ts';
import { risksInOrder } from '../../../shared/model/query.ts';
import { useDocState } from '../../AppContext.tsx';
import type { CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { reportError } from './liveActions.ts';
import { useLive } from './liveStore.ts';

export function LiveSetup({ ctx }: { ctx: CommandContext }) {
  const open = useLive((s) => s.setupOpen);
  const ref = useModalDialog(open);
  return (
    <dialog ref={ref} className="live-setup" aria-labelledby="live-setup-title" onClose={() => useLive.getState().closeSetup()}>
      {open && <SetupForm ctx={ctx} />}
    </dialog>
  );
}

function SetupForm({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const doc = useDocState((s) => s.doc);
  const sessionId = useDocState((s) => s.sessionId);
  const preselect = useLive((s) => s.preselect);
  const risks = useMemo(() => (doc ? risksInOrder(doc) : []), [doc]);
  const criteria = useMemo(() => (doc ? liveCriteria(doc.project.scales, { likelihood: t('register.col.likelihood'), impact: t('register.col.impact') }) : []), [doc, t]);
  const [name, setName] = useState(() => t('live.setup.defaultName', { date: new Date().toLocaleDateString(lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' }) }));
  const [chosen, setChosen] = useState<Set<string>>(() => new Set((preselect ?? risks.map((r) => r.id)).filter((id) => doc && isShareable(doc, id))));
  const [crits, setCrits] = useState<Set<string>>(() => new Set(['likelihood', 'impact']));
  const [addresses, setAddresses] = useState<NetAddress[]>([]);
  const [address, setAddress] = useState('127.0.0.1');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    ctx.call('live.interfaces', {}).then(setAddresses, (err: unknown) => reportError(ctx, t, err, 'live.interfaces'));
  }, [ctx, t]);

  if (!doc || !sessionId) return null;
  const toggle = (set: Set<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };

  async function start() {
    if (!sessionId) return;
    if (chosen.size === 0) return setProblem(t('live.setup.needRisk'));
    if (crits.size === 0) return setProblem(t('live.setup.needCriterion'));
    setBusy(true);
    try {
      const status = await ctx.call('live.start', {
        sessionId,
        name: name.trim() || t('live.setup.defaultName', { date: '' }).trim(),
        riskIds: risks.filter((r) => chosen.has(r.id)).map((r) => r.id),
        criteria: criteria.filter((k) => crits.has(k.id)).map((k) => k.id),
        address,
      });
      useLive.getState().setStatus(status);
      useLive.getState().setTab('join');
      useLive.getState().closeSetup();
    } catch (err) {
      reportError(ctx, t, err, 'live.start');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <h2 id="live-setup-title">{t('live.setup.title')}</h2>
      <p className="hint">{t('live.setup.intro')}</p>
      <label className="live-field">
        {t('live.setup.name')}
        <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      <fieldset className="live-risks">
        <legend>{t('live.setup.risks', { count: chosen.size })}</legend>
        <div className="live-quick">
          <button type="button" onClick={() => setChosen(new Set(risks.filter((r) => isShareable(doc, r.id)).map((r) => r.id)))}>
            {t('live.setup.all')}
          </button>
          <button type="button" onClick={() => setChosen(new Set())}>
            {t('live.setup.none')}
          </button>
        </div>
        <ul>
          {risks.map((r) => {
            const shareable = isShareable(doc, r.id);
            return (
              <li key={r.id}>
                <label className={shareable ? '' : 'disabled'}>
                  <input type="checkbox" disabled={!shareable} checked={chosen.has(r.id)} onChange={(e) => setChosen(toggle(chosen, r.id, e.target.checked))} />
                  <b>{r.code}</b> {shareable ? r.title : `(${t('live.setup.confidential')})`}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <fieldset className="live-criteria">
        <legend>{t('live.setup.criteria')}</legend>
        {criteria.map((k) => (
          <label key={k.id}>
            <input type="checkbox" checked={crits.has(k.id)} onChange={(e) => setCrits(toggle(crits, k.id, e.target.checked))} /> {k.label}
          </label>
        ))}
      </fieldset>
      <label className="live-field">
        {t('live.setup.network')}
        <select value={address} onChange={(e) => setAddress(e.target.value)} aria-describedby="live-network-help">
          {(addresses.length ? addresses : [{ name: 'lo', address: '127.0.0.1', internal: true }]).map((a) => (
            <option key={a.address} value={a.address}>
              {a.address} — {a.name}
              {a.internal ? ` (${t('live.setup.loopback')})` : ''}
            </option>
          ))}
        </select>
      </label>
      <p id="live-network-help" className="hint">
        {t('live.setup.networkHelp')}
      </p>
      <p className="live-problem" role="alert">
        {problem}
      </p>
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('live.setup.go')}
        </button>
        <button type="button" onClick={() => useLive.getState().closeSetup()}>
          {t('live.setup.cancel')}
        </button>
      </div>
    </form>
  );
}
