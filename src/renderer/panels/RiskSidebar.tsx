/** The project's risks grouped by Kernbeleid field; type a title and press Enter to add one. */
import { useMemo, useState } from 'react';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { Risk } from '../../shared/model/entities.ts';
import { addRisk } from '../../shared/model/ops/risks.ts';
import { useDocState } from '../AppContext.tsx';
import type { CommandContext } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { useUi } from '../store/uiStore.ts';

interface Group {
  key: string;
  label: string;
  risks: Risk[];
}

function groupByField(doc: ProjectDoc): Group[] {
  const fieldOf = (themeId: string | null): string | null => {
    const theme = themeId ? doc.themes[themeId] : undefined;
    if (!theme) return null;
    return theme.parentId ?? theme.id;
  };
  const groups = new Map<string, Group>();
  const fields = Object.values(doc.themes).filter((th) => th.parentId === null).sort((a, b) => a.order - b.order);
  for (const f of fields) groups.set(f.id, { key: f.id, label: f.label, risks: [] });
  const none: Group = { key: '', label: '', risks: [] };
  const risks = Object.values(doc.risks).sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));
  for (const r of risks) (groups.get(fieldOf(r.themeId) ?? '') ?? none).risks.push(r);
  return [...groups.values(), none].filter((g) => g.risks.length > 0);
}

export function RiskSidebar({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const doc = useDocState((s) => s.doc);
  const riskId = useUi((s) => s.riskId);
  const openRisk = useUi((s) => s.openRisk);
  const [title, setTitle] = useState('');
  const groups = useMemo(() => (doc ? groupByField(doc) : []), [doc]);

  function add() {
    const value = title.trim();
    if (!value) return;
    const id = ctx.useDoc.getState().edit(t('risk.add'), (d) => addRisk(d, { title: value }));
    setTitle('');
    if (id) openRisk(id);
  }

  return (
    <aside className="sidebar" aria-label={t('nav.risks')}>
      <form
        className="sidebar-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label htmlFor="new-risk" className="visually-hidden">
          {t('risk.new')}
        </label>
        <input id="new-risk" value={title} placeholder={`${t('risk.new')}…`} onChange={(e) => setTitle(e.target.value)} />
        <button type="submit" aria-label={t('risk.add')}>
          +
        </button>
      </form>
      {groups.length === 0 && <p className="sidebar-empty">{t('risk.none')}</p>}
      {groups.map((g) => (
        <section key={g.key} className="sidebar-group">
          <h2>{g.label || t('nav.unassigned')}</h2>
          <ul>
            {g.risks.map((r) => (
              <li key={r.id}>
                <button type="button" className={r.id === riskId ? 'risk-link active' : 'risk-link'} aria-current={r.id === riskId ? 'true' : undefined} onClick={() => openRisk(r.id)}>
                  <span className="risk-code">{r.code}</span> {r.title}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}
