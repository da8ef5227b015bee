/** A cause or consequence: its properties, where else it appears, and linking on its row. */
import { useMemo } from 'react';
import type { Cause, Consequence } from '../../shared/model/entities.ts';
import { detachCause, linkCause, updateCause } from '../../shared/model/ops/causes.ts';
import { detachConsequence, linkConsequence, updateConsequence } from '../../shared/model/ops/consequences.ts';
import { placeMeasure } from '../../shared/model/ops/measures.ts';
import { CONFIDENTIALITY, DOMAINS, IMPACT_CATEGORIES } from '../../shared/model/vocab.ts';
import { useDocState, type CommandContext } from '../AppContext.tsx';
import type { MessageKey } from '../../shared/i18n/t.ts';
import { useT } from '../i18n/useT.ts';
import { useUi } from '../store/uiStore.ts';
import { SelectField, TextField } from './InspectorFields.tsx';
import { InspectorLink } from './InspectorLink.tsx';
import { InspectorUsage } from './InspectorUsage.tsx';

type Props = { ctx: CommandContext; riskId: string; lineId: string; order: number } & ({ side: 'cause'; concept: Cause } | { side: 'consequence'; concept: Consequence });

export function InspectorLine(props: Props) {
  const { ctx, riskId, lineId, order } = props;
  const t = useT();
  const conceptId = props.concept.id;
  const doc = useDocState((s) => s.doc);
  const risks = useMemo(() => {
    if (!doc) return [] as string[];
    const lines = props.side === 'cause' ? Object.values(doc.riskCauses).filter((l) => l.causeId === conceptId) : Object.values(doc.riskConsequences).filter((l) => l.consequenceId === conceptId);
    return lines.map((l) => l.riskId);
  }, [doc, props.side, conceptId]);
  const others = risks.filter((r) => r !== riskId).map((r) => doc?.risks[r]?.code ?? '?');
  const update = (labelKey: MessageKey, patch: Record<string, unknown>) =>
    ctx.useDoc.getState().edit(t(labelKey), (d) => (props.side === 'cause' ? updateCause(d, conceptId, patch) : updateConsequence(d, conceptId, patch)), { riskId });
  const c = props.concept;

  return (
    <>
      <InspectorUsage places={risks.length} otherRisks={others} onDetach={() => ctx.useDoc.getState().edit(t('inspector.detach'), (d) => (props.side === 'cause' ? detachCause(d, lineId) : detachConsequence(d, lineId)), { riskId })} />
      <TextField key={`${c.id}-label`} label={t('inspector.label')} value={c.label} autoFocusTarget onCommit={(label) => update('inspector.label', { label })} />
      {props.side === 'cause' ? (
        <SelectField label={t('inspector.domain')} value={props.concept.domain} options={DOMAINS} optionKey={(v) => `vocab.domain.${v}`} allowEmpty onCommit={(domain) => update('inspector.domain', { domain })} />
      ) : (
        <SelectField label={t('inspector.impactCategory')} value={props.concept.impactCategory} options={IMPACT_CATEGORIES} optionKey={(v) => `vocab.impactCategory.${v}`} allowEmpty onCommit={(impactCategory) => update('inspector.impactCategory', { impactCategory })} />
      )}
      <SelectField label={t('inspector.confidentiality')} value={c.confidentiality} options={CONFIDENTIALITY} optionKey={(v) => `vocab.confidentiality.${v}`} onCommit={(v) => v && update('inspector.confidentiality', { confidentiality: v })} />
      <TextField key={`${c.id}-desc`} label={t('inspector.description')} value={c.description} multiline maxLength={100_000} onCommit={(description) => update('inspector.description', { description })} />
      <InspectorLink
        riskId={riskId}
        title="bowtie.linkExisting"
        options={[
          {
            target: { kind: 'measure', pathId: lineId },
            kind: 'vocab.element.measure',
            onLink(cand) {
              const id = ctx.useDoc.getState().edit(t('inspector.linkMeasure'), (d) => placeMeasure(d, cand.id, { pathKind: props.side, pathId: lineId }), { riskId });
              if (id) useUi.getState().select(`measure:${id}`);
            },
          },
          {
            target: { kind: props.side },
            kind: props.side === 'cause' ? 'vocab.element.cause' : 'vocab.element.consequence',
            onLink(cand) {
              const id = ctx.useDoc.getState().edit(t(props.side === 'cause' ? 'inspector.linkCause' : 'inspector.linkConsequence'), (d) => (props.side === 'cause' ? linkCause(d, riskId, cand.id, order + 1) : linkConsequence(d, riskId, cand.id, order + 1)), { riskId });
              if (id) useUi.getState().select(`${props.side}:${id}`);
            },
          },
        ]}
      />
    </>
  );
}
