/** The open project: top bar, risk sidebar and the current view. */
import { useDocState, type CommandContext } from '../AppContext.tsx';
import { RiskSidebar } from '../panels/RiskSidebar.tsx';
import { TopBar } from '../panels/TopBar.tsx';
import { useUi } from '../store/uiStore.ts';
import type { ViewName } from '../store/viewList.ts';
import { RiskPanel } from './RiskPanel.tsx';
import { ExportDialog } from './export/ExportDialog.tsx';
import { LinksView } from './links/LinksView.tsx';
import { MatrixView } from './matrix/MatrixView.tsx';
import { RegisterView } from './register/RegisterView.tsx';
import { SettingsView } from './settings/SettingsView.tsx';
import { LiveScreen } from './live/LiveScreen.tsx';
import type { ComponentType } from 'react';

/** The screen of each view beside the bow-tie; a view name without one does not build. */
const VIEWS: Record<Exclude<ViewName, 'bowtie'>, ComponentType<{ ctx: CommandContext }>> = {
  register: RegisterView,
  matrix: MatrixView,
  links: LinksView,
  settings: SettingsView,
};

export function ProjectView({ ctx }: { ctx: CommandContext }) {
  const view = useUi((s) => s.view);
  const riskId = useUi((s) => s.riskId);
  const riskExists = useDocState((s) => (riskId ? Boolean(s.doc?.risks[riskId]) : false));
  const Other = view === 'bowtie' ? undefined : VIEWS[view];
  return (
    <div className="project">
      <TopBar ctx={ctx} />
      <div className="project-body">
        <RiskSidebar ctx={ctx} />
        <main className="project-main" id="main">
          {Other ? <Other ctx={ctx} /> : riskId && riskExists ? <RiskPanel ctx={ctx} riskId={riskId} /> : <EmptyMain />}
        </main>
      </div>
      <ExportDialog ctx={ctx} />
      <LiveScreen ctx={ctx} />
    </div>
  );
}

function EmptyMain() {
  return <div className="empty-main" />;
}
