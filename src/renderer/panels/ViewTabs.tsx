/** Switches between the bow-tie and the other views of the project. */
import { useT } from '../i18n/useT.ts';
import { useUi } from '../store/uiStore.ts';
import { VIEW_NAMES } from '../store/viewList.ts';

export function ViewTabs() {
  const t = useT();
  const view = useUi((s) => s.view);
  const setView = useUi((s) => s.setView);
  return (
    <nav className="topbar-views" aria-label={t('view.label')}>
      {VIEW_NAMES.map((name) => (
        <button key={name} type="button" aria-pressed={view === name} className={view === name ? 'active' : ''} onClick={() => setView(name)}>
          {t(`view.${name}`)}
        </button>
      ))}
    </nav>
  );
}
