/** The open project: top bar, risk sidebar and the current view. */
import { useDocState } from '../AppContext.tsx';
import type { CommandContext } from '../commands/registry.ts';
import { RiskSidebar } from '../panels/RiskSidebar.tsx';
import { TopBar } from '../panels/TopBar.tsx';
import { useUi, type ViewName } from '../store/uiStore.ts';
import { RiskPanel } from './RiskPanel.tsx';
import { ExportDialog } from './export/ExportDialog.tsx';
import type { ComponentType } from 'react';

/** Views other than the bow-tie register themselves here (register, matrix, links). */
export const VIEWS: Partial<Record<ViewName, ComponentType<{ ctx: CommandContext }>>> = {};

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
    </div>
  );
}

function EmptyMain() {
  return <div className="empty-main" />;
}
