/** Switches between the bow-tie and the other registered views. */
import { useT } from '../i18n/useT.ts';
import { useUi, type ViewName } from '../store/uiStore.ts';
import { VIEWS } from '../views/ProjectView.tsx';

export function ViewTabs() {
  const t = useT();
  const view = useUi((s) => s.view);
  const setView = useUi((s) => s.setView);
  const names: ViewName[] = ['bowtie', ...(Object.keys(VIEWS) as ViewName[]).filter((v) => v !== 'bowtie')];
  if (names.length < 2) return <nav className="topbar-views" />;
  return (
    <nav className="topbar-views" aria-label={t('view.label')}>
      {names.map((name) => (
        <button key={name} type="button" aria-pressed={view === name} className={view === name ? 'active' : ''} onClick={() => setView(name)}>
          {t(`view.${name}`)}
        </button>
      ))}
    </nav>
  );
}
