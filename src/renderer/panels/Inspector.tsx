/**
 * The inspector: the properties of the selected element of the bow-tie. It reads the selection
 * (a layout node key) and shows the form for that kind; every change is one undoable edit.
 */
import { linkCause } from '../../shared/model/ops/causes.ts';
import { linkConsequence } from '../../shared/model/ops/consequences.ts';
import { placeMeasure } from '../../shared/model/ops/measures.ts';
import { updateEscalationFactor } from '../../shared/model/ops/escalation.ts';
import { useDocState, type CommandContext } from '../AppContext.tsx';
import { canvasBridge } from '../canvas/canvasBridge.ts';
import { parseNodeKey } from '../canvas/nodeKey.ts';
import { useT } from '../i18n/useT.ts';
import { useUi } from '../store/uiStore.ts';
import { TextField } from './InspectorFields.tsx';
import { InspectorLine } from './InspectorLine.tsx';
import { InspectorLink } from './InspectorLink.tsx';
import { InspectorMeasure } from './InspectorMeasure.tsx';

export function Inspector({ ctx, riskId }: { ctx: CommandContext; riskId: string }) {
  const t = useT();
  const selection = useUi((s) => s.selection);
  const ref = parseNodeKey(selection);
  return (
    <aside
      id="inspector"
      className="inspector"
      aria-labelledby="inspector-title"
      onKeyDown={(e) => {
        // Escape leaves the inspector for the bow-tie (after a field has undone its own typing).
        if (e.key === 'Escape') canvasBridge.get()?.focus(useUi.getState().selection);
      }}
    >
      <h2 id="inspector-title">{t('inspector.title')}</h2>
      {ref ? <InspectorBody ctx={ctx} riskId={riskId} ref_={ref} /> : <p className="insp-muted">{t('inspector.none')}</p>}
    </aside>
  );
}

function InspectorBody({ ctx, riskId, ref_ }: { ctx: CommandContext; riskId: string; ref_: NonNullable<ReturnType<typeof parseNodeKey>> }) {
  const t = useT();
  const doc = useDocState((s) => s.doc);
  if (!doc) return null;
  const kindTitle = (k: Parameters<typeof t>[0]) => <p className="insp-kind">{t(k)}</p>;

  if (ref_.kind === 'cause' || ref_.kind === 'consequence') {
    const line = ref_.kind === 'cause' ? doc.riskCauses[ref_.id] : doc.riskConsequences[ref_.id];
    if (!line) return null;
    if ('causeId' in line) {
      const concept = doc.causes[line.causeId];
      return concept ? (
        <>
          {kindTitle('vocab.element.cause')}
          <InspectorLine ctx={ctx} riskId={riskId} lineId={line.id} order={line.order} side="cause" concept={concept} />
        </>
      ) : null;
    }
    const concept = doc.consequences[line.consequenceId];
    return concept ? (
      <>
        {kindTitle('vocab.element.consequence')}
        <InspectorLine ctx={ctx} riskId={riskId} lineId={line.id} order={line.order} side="consequence" concept={concept} />
      </>
    ) : null;
  }
  if (ref_.kind === 'measure') {
    const placement = doc.placements[ref_.id];
    const measure = placement ? doc.measures[placement.measureId] : undefined;
    if (!placement || !measure) return null;
    return (
      <>
        {kindTitle(placement.pathKind === 'escalation' ? 'vocab.element.escalationMeasure' : 'vocab.element.measure')}
        <InspectorMeasure ctx={ctx} riskId={riskId} placement={placement} measure={measure} />
      </>
    );
  }
  if (ref_.kind === 'esc') {
    const factor = doc.escalationFactors[ref_.id];
    if (!factor) return null;
    const weakened = doc.measures[doc.placements[factor.placementId]?.measureId ?? '']?.label ?? '';
    const set = (patch: { label?: string; description?: string }) => ctx.useDoc.getState().edit(t('inspector.label'), (d) => updateEscalationFactor(d, factor.id, patch), { riskId });
    return (
      <>
        {kindTitle('vocab.element.escalation')}
        <p className="insp-muted">{t('inspector.weakens', { label: weakened })}</p>
        <TextField key={`${factor.id}-label`} label={t('inspector.label')} value={factor.label} autoFocusTarget onCommit={(label) => set({ label })} />
        <TextField key={`${factor.id}-desc`} label={t('inspector.description')} value={factor.description} multiline maxLength={100_000} onCommit={(description) => set({ description })} />
        <InspectorLink
          riskId={riskId}
          title="inspector.linkMeasure"
          options={[
            {
              target: { kind: 'measure', pathId: factor.id },
              kind: 'vocab.element.escalationMeasure',
              onLink(c) {
                const id = ctx.useDoc.getState().edit(t('inspector.linkMeasure'), (d) => placeMeasure(d, c.id, { pathKind: 'escalation', pathId: factor.id }), { riskId });
                if (id) useUi.getState().select(`measure:${id}`);
              },
            },
          ]}
        />
      </>
    );
  }
  // Hazard and central event belong to the risk; from here one links causes and consequences.
  return (
    <>
      {kindTitle(ref_.kind === 'hazard' ? 'vocab.element.hazard' : 'vocab.element.event')}
      <p className="insp-muted">{t('inspector.riskHint')}</p>
      <InspectorLink
        riskId={riskId}
        title="bowtie.linkExisting"
        options={[
          {
            target: { kind: 'cause' },
            kind: 'vocab.element.cause',
            onLink(c) {
              const id = ctx.useDoc.getState().edit(t('inspector.linkCause'), (d) => linkCause(d, riskId, c.id), { riskId });
              if (id) useUi.getState().select(`cause:${id}`);
            },
          },
          {
            target: { kind: 'consequence' },
            kind: 'vocab.element.consequence',
            onLink(c) {
              const id = ctx.useDoc.getState().edit(t('inspector.linkConsequence'), (d) => linkConsequence(d, riskId, c.id), { riskId });
              if (id) useUi.getState().select(`consequence:${id}`);
            },
          },
        ]}
      />
    </>
  );
}
