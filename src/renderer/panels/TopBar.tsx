/** Project title, save state, views, theme and language. */
import { useDocState, type CommandContext } from '../AppContext.tsx';
import { runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { useUi, type Theme } from '../store/uiStore.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ViewTabs } from './ViewTabs.tsx';

export function TopBar({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const title = useDocState((s) => s.doc?.project.title ?? '');
  const dirty = useDocState((s) => s.dirty);
  const pending = useDocState((s) => s.pending);
  const path = useDocState((s) => s.path);
  const theme = useUi((s) => s.theme);
  const setTheme = useUi((s) => s.setTheme);
  return (
    <header className="topbar">
      <span className="brand" aria-hidden="true">⋈</span>
      <h1 className="project-title" title={path ?? undefined}>
        {title}
      </h1>
      <span className="save-state" data-testid="save-state">
        {pending > 0 ? t('status.saving') : dirty ? t('project.unsaved') : t('project.saved')}
      </span>
      <ViewTabs />
      <div className="topbar-actions">
        <button type="button" onClick={() => void runCommand('project.save', ctx)}>
          {t('project.save')}
        </button>
        <button type="button" onClick={() => void runCommand('export.open', ctx)}>
          {t('export.open')}
        </button>
        <label>
          <span className="visually-hidden">{t('theme.label')}</span>
          <select aria-label={t('theme.label')} value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
            <option value="light">{t('theme.light')}</option>
            <option value="dark">{t('theme.dark')}</option>
            <option value="projector">{t('theme.projector')}</option>
          </select>
        </label>
        <LanguageSwitch />
        <button type="button" onClick={() => void runCommand('project.close', ctx)}>
          {t('project.close')}
        </button>
      </div>
    </header>
  );
}
