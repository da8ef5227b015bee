/** The open project: top bar, risk sidebar and the current view. */
import { useDocState, type CommandContext } from '../AppContext.tsx';
import { RiskSidebar } from '../panels/RiskSidebar.tsx';
import { TopBar } from '../panels/TopBar.tsx';
import { useUi } from '../store/uiStore.ts';
import type { ViewName } from '../store/viewList.ts';
import { RiskPanel } from './RiskPanel.tsx';
import { ExportDialog } from './export/ExportDialog.tsx';
import { EvidenceView } from './evidence/EvidenceView.tsx';
import { LinksView } from './links/LinksView.tsx';
import { MatrixView } from './matrix/MatrixView.tsx';
import { RegisterView } from './register/RegisterView.tsx';
import { SettingsView } from './settings/SettingsView.tsx';
import { StarterStart } from './starter/StarterStart.tsx';
import { TemplateDialog } from './templates/TemplateDialog.tsx';
import { LiveScreen } from './live/LiveScreen.tsx';
import { ComparePanel } from './merge/ComparePanel.tsx';
import { MergeDialog } from './merge/MergeDialog.tsx';
import type { ComponentType } from 'react';

/** The screen of each view beside the bow-tie; a view name without one does not build. */
const VIEWS: Record<Exclude<ViewName, 'bowtie'>, ComponentType<{ ctx: CommandContext }>> = {
  register: RegisterView,
  matrix: MatrixView,
  links: LinksView,
  evidence: EvidenceView,
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
          {Other ? <Other ctx={ctx} /> : riskId && riskExists ? <RiskPanel ctx={ctx} riskId={riskId} /> : <EmptyMain ctx={ctx} />}
        </main>
        <ComparePanel ctx={ctx} />
      </div>
      <ExportDialog ctx={ctx} />
      <TemplateDialog ctx={ctx} />
      <LiveScreen ctx={ctx} />
      <MergeDialog ctx={ctx} />
    </div>
  );
}

/** Nothing selected: a project without risks offers the starter list; otherwise an empty area. */
function EmptyMain({ ctx }: { ctx: CommandContext }) {
  const empty = useDocState((s) => (s.doc ? Object.keys(s.doc.risks).length === 0 : false));
  return <div className="empty-main">{empty && <StarterStart ctx={ctx} />}</div>;
}
