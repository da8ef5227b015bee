/** The application frame: welcome screen or the open project, plus shortcuts and notices. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { isCommandId } from '../shared/commands/catalogue.ts';
import { useServices, type CommandContext } from './AppContext.tsx';
import { runCommand } from './commands/registry.ts';
import { CommandOverlays } from './commands/palette/CommandOverlays.tsx';
import { useShortcuts } from './commands/useShortcuts.ts';
import { AskDialog } from './panels/AskDialog.tsx';
import { FileChooser } from './panels/FileChooser.tsx';
import { errorMessage, useT } from './i18n/useT.ts';
import { useUi } from './store/uiStore.ts';
import { ProjectView } from './views/ProjectView.tsx';
import { Welcome } from './views/Welcome.tsx';

export interface Notice {
  id: number;
  message: string;
  kind: 'info' | 'error';
}

export function App() {
  const services = useServices();
  const t = useT();
  const theme = useUi((s) => s.theme);
  const hasDoc = services.useDoc((s) => s.doc !== null);
  const docError = services.useDoc((s) => s.error);
  const [notices, setNotices] = useState<Notice[]>([]);

  const notify = useCallback((message: string, kind: 'info' | 'error' = 'info') => {
    const id = Date.now() + Math.random();
    setNotices((n) => [...n.slice(-3), { id, message, kind }]);
    setTimeout(() => setNotices((n) => n.filter((x) => x.id !== id)), kind === 'error' ? 8000 : 3000);
  }, []);

  const ctx: CommandContext = useMemo(() => ({ ...services, notify }), [services, notify]);
  useShortcuts(ctx);

  // The desktop host's menu sends command ids; they run exactly like a shortcut would.
  useEffect(() => services.transport.onCommand?.((id) => void (isCommandId(id) && runCommand(id, ctx))), [services.transport, ctx]);

  useEffect(() => {
    if (!docError) return;
    notify(errorMessage(t, docError), 'error');
    services.useDoc.getState().clearError();
  }, [docError, notify, services.useDoc, t]);

  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);

  return (
    <div className="app" data-theme={theme}>
      {hasDoc ? <ProjectView ctx={ctx} /> : <Welcome ctx={ctx} />}
      <CommandOverlays ctx={ctx} />
      <FileChooser />
      <AskDialog />
      <div className="notices" role="status" aria-live="polite">
        {notices.map((n) => (
          <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined}>
            {n.message}
          </div>
        ))}
      </div>
    </div>
  );
}
