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
      <SaveState pending={pending > 0} dirty={dirty} inFile={path !== null} />
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

/** "Opgeslagen" only when the work is in a .vlinder file; a project never saved to one says so. */
function SaveState({ pending, dirty, inFile }: { pending: boolean; dirty: boolean; inFile: boolean }) {
  const t = useT();
  if (pending) return <span className="save-state" data-testid="save-state">{t('status.saving')}</span>;
  if (!inFile) {
    return (
      <span className="save-state not-in-file" data-testid="save-state" title={t('status.notInFileHint')}>
        {t('status.notInFile')}
      </span>
    );
  }
  return (
    <span className="save-state" data-testid="save-state">
      {dirty ? t('project.unsaved') : t('project.saved')}
    </span>
  );
}
