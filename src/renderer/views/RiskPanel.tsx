/** The selected risk: its headline fields, the bow-tie editor (toolbar + canvas) and the inspector. */
import type { Risk } from '../../shared/model/entities.ts';
import { updateRisk } from '../../shared/model/ops/risks.ts';
import { useDocState, type CommandContext } from '../AppContext.tsx';
import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../../shared/i18n/t.ts';
import { BowtieCanvas } from '../canvas/BowtieCanvas.tsx';
import { CanvasToolbar } from '../panels/CanvasToolbar.tsx';
import { Inspector } from '../panels/Inspector.tsx';
import { FindingsPanel } from '../panels/findings/FindingsPanel.tsx';
import { useEditor } from '../canvas/editorStore.ts';
import { useUi } from '../store/uiStore.ts';
import { lineInputProps, useTextDraft } from '../panels/useTextDraft.ts';

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

export function RiskPanel({ ctx, riskId }: { ctx: CommandContext; riskId: string }) {
  const risk = useDocState((s) => s.doc?.risks[riskId]);
  const choice = useEditor((s) => s.inspectorOpen);
  const theme = useUi((s) => s.theme);
  const showInspector = choice ?? theme !== 'projector';
  if (!risk) return null;
  return (
    <section className="risk-panel" aria-label={risk.title}>
      {theme === 'projector' ? (
        // On the projector the bow-tie gets the room; hazard and event are named on the canvas.
        <h2 className="risk-heading">
          <span className="risk-code">{risk.code}</span> {risk.title}
        </h2>
      ) : (
        <div className="risk-fields">
          <Field ctx={ctx} risk={risk} field="title" labelKey="risk.title" />
          <Field ctx={ctx} risk={risk} field="hazard" labelKey="risk.hazard" />
          <Field ctx={ctx} risk={risk} field="centralEvent" labelKey="risk.centralEvent" />
        </div>
      )}
      <div className="risk-editor">
        <div className="bowtie-editor">
          <CanvasToolbar ctx={ctx} />
          <BowtieCanvas ctx={ctx} riskId={risk.id} />
          {theme !== 'projector' && <FindingsPanel riskId={risk.id} />}
        </div>
        {showInspector && <Inspector ctx={ctx} riskId={risk.id} />}
      </div>
    </section>
  );
}
