/**
 * The project's risks grouped by Kernbeleid field; type a title and press Enter to add one. The
 * open risk can be renamed, duplicated and deleted (all undoable). Opening a risk puts the
 * keyboard on its bow-tie, on the central event. The palette and shortcut sheet live here too,
 * since the sidebar is on screen whatever view is open.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { Risk } from '../../shared/model/entities.ts';
import { addRisk, updateRisk } from '../../shared/model/ops/risks.ts';
import { canvasBridge } from '../canvas/canvasBridge.ts';
import { useEditor } from '../canvas/editorStore.ts';
import { runCommand } from '../commands/registry.ts';
import { useDocState, type CommandContext } from '../AppContext.tsx';
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
  const [title, setTitle] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const openRisk = (id: string) => {
    // Opening a risk from the list shows its bow-tie, whichever view was open.
    useUi.getState().openRisk(id);
    useUi.getState().setView('bowtie');
    useUi.getState().select('event');
    requestAnimationFrame(() => canvasBridge.get()?.focus('event'));
  };
  const groups = useMemo(() => (doc ? groupByField(doc) : []), [doc]);
  // A project that opens without an open risk (a new one, or one from the welcome screen) puts
  // the keyboard where the next step is, the new-risk field, instead of on nothing.
  const projectId = doc?.project.id;
  useEffect(() => {
    if (!projectId || useUi.getState().riskId) return;
    const id = requestAnimationFrame(() => {
      const at = document.activeElement;
      if (!at || at === document.body) document.getElementById('new-risk')?.focus();
    });
    return () => cancelAnimationFrame(id);
  }, [projectId]);

  const sidebarChoice = useEditor((s) => s.sidebarOpen);
  const theme = useUi((s) => s.theme);
  const open = sidebarChoice ?? theme !== 'projector';

  function add() {
    const value = title.trim();
    if (!value) return;
    const id = ctx.useDoc.getState().edit(t('risk.add'), (d) => addRisk(d, { title: value }));
    setTitle('');
    if (id) openRisk(id);
  }

  if (!open) {
    // The projector theme gives the bow-tie the room: a rail that opens the list again.
    return (
      <aside className="sidebar is-collapsed" aria-label={t('nav.risks')}>
        <button type="button" className="sidebar-rail" aria-label={t('view.toggleSidebar')} title={`${t('view.toggleSidebar')} (Alt+R)`} onClick={() => useEditor.getState().setSidebarOpen(true)}>
          <Icon d="M3 5h12M3 9h12M3 13h12" />
        </button>
      </aside>
    );
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
              <li key={r.id} className={r.id === riskId ? 'risk-item active' : 'risk-item'}>
                {renaming === r.id ? (
                  <RenameForm
                    initial={r.title}
                    label={t('risk.rename')}
                    onDone={(value) => {
                      setRenaming(null);
                      if (value !== null && value.trim() && value !== r.title) ctx.useDoc.getState().edit(t('risk.rename'), (d) => updateRisk(d, r.id, { title: value.trim() }), { riskId: r.id });
                    }}
                  />
                ) : (
                  <button type="button" className={r.id === riskId ? 'risk-link active' : 'risk-link'} aria-current={r.id === riskId ? 'true' : undefined} onClick={() => openRisk(r.id)}>
                    <span className="risk-code">{r.code}</span> {r.title}
                  </button>
                )}
                {r.id === riskId && renaming !== r.id && (
                  <span className="risk-actions" role="group" aria-label={t('risk.actions', { title: r.title })}>
                    <button type="button" title={t('risk.rename')} aria-label={t('risk.rename')} onClick={() => setRenaming(r.id)}>
                      <Icon d="M3 13.5V16h2.5l7.4-7.4-2.5-2.5L3 13.5zM14.7 6.8a.7.7 0 000-1l-1.5-1.5a.7.7 0 00-1 0l-1.2 1.2 2.5 2.5 1.2-1.2z" />
                    </button>
                    <button type="button" title={t('risk.duplicate')} aria-label={t('risk.duplicate')} onClick={() => void runCommand('risk.duplicate', ctx)}>
                      <Icon d="M6 3h8v10H6zM3 6v10h8" />
                    </button>
                    <button type="button" title={t('risk.delete')} aria-label={t('risk.delete')} onClick={() => void runCommand('risk.delete', ctx)}>
                      <Icon d="M4 5h10M7 5V3h4v2M5 5l1 11h6l1-11M8 8v5M10 8v5" />
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </aside>
  );
}

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 18 18" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}

function RenameForm({ initial, label, onDone }: { initial: string; label: string; onDone(value: string | null): void }) {
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const finish = (v: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(v);
  };
  return (
    <form
      className="risk-rename"
      onSubmit={(e) => {
        e.preventDefault();
        finish(value);
      }}
    >
      <input
        autoFocus
        aria-label={label}
        value={value}
        maxLength={300}
        onChange={(e) => setValue(e.target.value)}
        onBlur={() => finish(value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            finish(null);
          }
        }}
      />
    </form>
  );
}
