/**
 * Picks risks from the starter long list, grouped by field and theme. Nothing is added until the
 * user presses the add button; then the chosen risks are added in one undoable edit. Risks the
 * project already has are shown but cannot be chosen again.
 */
import { useEffect, useMemo, useState } from 'react';
import { addStarterRisks, hasStarterRisk, riskTitles } from '../../../shared/starter/addStarterRisks.ts';
import type { StarterList, StarterRisk } from '../../../shared/starter/starterList.ts';
import { useDocState } from '../../AppContext.tsx';
import type { CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { starterGroups } from './starterGroups.ts';

export function StarterPicker({ ctx, onDone }: { ctx: CommandContext; onDone?: () => void }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const doc = useDocState((s) => s.doc);
  const [list, setList] = useState<StarterList | null>(null);
  const [failed, setFailed] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    ctx.call('starter.list', {}).then(setList, () => setFailed(true));
  }, [ctx]);

  const titles = useMemo(() => (doc ? riskTitles(doc) : new Set<string>()), [doc]);
  const groups = useMemo(() => (doc && list ? starterGroups(doc, list.risks) : []), [doc, list]);
  if (failed) return <p className="starter-error">{t('starter.loadFailed')}</p>;
  if (!doc || !list) return null;

  const present = (r: StarterRisk) => hasStarterRisk(doc, r, titles);
  const toggle = (keys: readonly string[], on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      for (const k of keys) if (on) next.add(k);
      else next.delete(k);
      return next;
    });

  function add() {
    const picked = list!.risks.filter((r) => chosen.has(r.key));
    const added = ctx.useDoc.getState().edit(t('starter.undo'), (d) => addStarterRisks(d, picked, lang)) ?? [];
    ctx.notify(t('starter.added', { count: added.length }));
    setChosen(new Set());
    onDone?.();
  }

  return (
    <div className="starter-picker">
      <div className="starter-fields">
        {groups.map((field) => (
          <section key={field.code} className="starter-field" aria-label={field.label}>
            <h3>{field.label}</h3>
            {field.themes.map((theme) => {
              const free = theme.risks.filter((r) => !present(r)).map((r) => r.key);
              const all = free.length > 0 && free.every((k) => chosen.has(k));
              return (
                <fieldset key={theme.code} className="starter-theme">
                  <legend>
                    <label>
                      <input type="checkbox" checked={all} disabled={free.length === 0} onChange={(e) => toggle(free, e.target.checked)} aria-label={t('starter.selectTheme', { theme: theme.label })} />
                      {theme.label}
                    </label>
                  </legend>
                  {theme.risks.map((r) => {
                    const has = present(r);
                    return (
                      <label key={r.key} className={has ? 'starter-risk starter-present' : 'starter-risk'} title={r.description[lang]}>
                        <input type="checkbox" checked={has || chosen.has(r.key)} disabled={has} onChange={(e) => toggle([r.key], e.target.checked)} />
                        <span className="starter-risk-title">{r.title[lang]}</span>
                        {r.template && <span className="starter-tag">{t('starter.hasTemplate')}</span>}
                        {has && <span className="starter-tag">{t('starter.present')}</span>}
                        <span className="starter-risk-desc">{r.description[lang]}</span>
                      </label>
                    );
                  })}
                </fieldset>
              );
            })}
          </section>
        ))}
      </div>
      <div className="starter-actions">
        <button type="button" className="primary" disabled={chosen.size === 0} onClick={add}>
          {chosen.size === 0 ? t('starter.addNone') : t('starter.add', { count: chosen.size })}
        </button>
      </div>
    </div>
  );
}
