/** The selected risk: its headline fields, then the bow-tie editor (toolbar + canvas, inspector) or its "Beleid" panel. */
import type { Risk } from '../../shared/model/entities.ts';
import { updateRisk } from '../../shared/model/ops/risks.ts';
import { useDocState, type CommandContext } from '../AppContext.tsx';
import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../../shared/i18n/t.ts';
import { BowtieCanvas } from '../canvas/BowtieCanvas.tsx';
import { confidentialCount } from '../canvas/confidential.ts';
import { CanvasToolbar } from '../panels/CanvasToolbar.tsx';
import { Inspector } from '../panels/Inspector.tsx';
import { FindingsPanel } from '../panels/findings/FindingsPanel.tsx';
import { useEditor } from '../canvas/editorStore.ts';
import { useUi } from '../store/uiStore.ts';
import { lineInputProps, useTextDraft } from '../panels/useTextDraft.ts';
import { PolicyPanel } from './policy/PolicyPanel.tsx';
import { useRiskTab, type RiskTab } from './policy/riskTab.ts';

function RiskTabs() {
  const t = useT();
  const tab = useRiskTab((s) => s.tab);
  const setTab = useRiskTab((s) => s.setTab);
  const tabs: [RiskTab, MessageKey][] = [
    ['bowtie', 'risk.tab.bowtie'],
    ['policy', 'risk.tab.policy'],
  ];
  return (
    <div className="risk-tabs" role="tablist" aria-label={t('risk.tabs')}>
      {tabs.map(([id, key]) => (
        <button key={id} type="button" role="tab" id={`risk-tab-${id}`} aria-selected={tab === id} onClick={() => setTab(id)}>
          {t(key)}
        </button>
      ))}
    </div>
  );
}

type TextField = 'title' | 'hazard' | 'centralEvent';

function Field({ ctx, risk, field, labelKey }: { ctx: CommandContext; risk: Risk; field: TextField; labelKey: MessageKey }) {
  const t = useT();
  const draft = useTextDraft(risk[field], (value) => {
    if (field === 'title' && !value.trim()) return draft.cancel();
    ctx.useDoc.getState().edit(t(labelKey), (d) => updateRisk(d, risk.id, { [field]: value }), { riskId: risk.id });
  });
  const id = `risk-${field}`;
  return (
    <div className="field">
      <label htmlFor={id}>{t(labelKey)}</label>
      <input
        id={id}
        {...lineInputProps(draft)}
      />
    </div>
  );
}

/**
 * The projector's heading: code and title, and how many confidential elements the bow-tie leaves
 * out — beside the title, so the note never covers part of the bow-tie.
 */
function RoomHeading({ riskId, code, title }: { riskId: string; code: string; title: string }) {
  const t = useT();
  const hidden = useDocState((s) => (s.doc ? confidentialCount(s.doc, riskId) : 0));
  return (
    <div className="risk-heading-row">
      <h2 className="risk-heading">
        <span className="risk-code">{code}</span> {title}
      </h2>
      {hidden > 0 && <p className="bt-hidden-hint">{t('canvas.confidentialHidden', { count: hidden })}</p>}
    </div>
  );
}

export function RiskPanel({ ctx, riskId }: { ctx: CommandContext; riskId: string }) {
  const risk = useDocState((s) => s.doc?.risks[riskId]);
  const choice = useEditor((s) => s.inspectorOpen);
  const theme = useUi((s) => s.theme);
  const showInspector = choice ?? theme !== 'projector';
  const tab = useRiskTab((s) => s.tab);
  if (!risk) return null;
  return (
    <section className="risk-panel" aria-label={risk.title}>
      {theme === 'projector' ? (
        // On the projector the bow-tie gets the room; hazard and event are named on the canvas.
        <RoomHeading riskId={risk.id} code={risk.code} title={risk.title} />
      ) : (
        <div className="risk-fields">
          <Field ctx={ctx} risk={risk} field="title" labelKey="risk.title" />
          <Field ctx={ctx} risk={risk} field="hazard" labelKey="risk.hazard" />
          <Field ctx={ctx} risk={risk} field="centralEvent" labelKey="risk.centralEvent" />
        </div>
      )}
      {theme !== 'projector' && <RiskTabs />}
      {tab === 'policy' && theme !== 'projector' ? (
        <PolicyPanel ctx={ctx} risk={risk} />
      ) : (
        <div className="risk-editor">
          <div className="bowtie-editor">
            <CanvasToolbar ctx={ctx} />
            <BowtieCanvas ctx={ctx} riskId={risk.id} />
            {theme !== 'projector' && <FindingsPanel riskId={risk.id} />}
          </div>
          {showInspector && <Inspector ctx={ctx} riskId={risk.id} />}
        </div>
      )}
    </section>
  );
}
