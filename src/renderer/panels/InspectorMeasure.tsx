/** Every property of a measure (DESIGN §3), its owner, and where else it is used. */
import { useMemo } from 'react';
import type { Measure, Placement } from '../../shared/model/entities.ts';
import { detachMeasure, placeMeasure, updateMeasure, type MeasurePatch } from '../../shared/model/ops/measures.ts';
import { risksUsingMeasure, sideOfPlacement } from '../../shared/model/query.ts';
import { CHAIN_LINKS, CONFIDENTIALITY, DOMAINS, EFFECTIVENESS, MEASURE_STATUS, MEASURE_TYPES } from '../../shared/model/vocab.ts';
import { useDocState, type CommandContext } from '../AppContext.tsx';
import { useT } from '../i18n/useT.ts';
import { useUi } from '../store/uiStore.ts';
import { CheckField, SelectField, TextField, YearField } from './InspectorFields.tsx';
import { InspectorLink } from './InspectorLink.tsx';
import { InspectorOwner } from './InspectorOwner.tsx';
import { InspectorUsage } from './InspectorUsage.tsx';
import type { MessageKey } from '../../shared/i18n/t.ts';

export function InspectorMeasure({ ctx, riskId, placement, measure }: { ctx: CommandContext; riskId: string; placement: Placement; measure: Measure }) {
  const t = useT();
  const doc = useDocState((s) => s.doc);
  const { places, others, side } = useMemo(() => {
    if (!doc) return { places: 0, others: [] as string[], side: null };
    return {
      places: Object.values(doc.placements).filter((p) => p.measureId === measure.id).length,
      others: risksUsingMeasure(doc, measure.id).filter((r) => r !== riskId).map((r) => doc.risks[r]!.code),
      side: sideOfPlacement(doc, placement.id),
    };
  }, [doc, measure.id, riskId, placement.id]);
  const set = (labelKey: MessageKey, patch: MeasurePatch) => ctx.useDoc.getState().edit(t(labelKey), (d) => updateMeasure(d, measure.id, patch), { riskId });
  const key = measure.id;

  return (
    <>
      {side && <p className="insp-muted">{t(side === 'left' ? 'inspector.side.left' : 'inspector.side.right')}</p>}
      <InspectorUsage
        places={places}
        otherRisks={others}
        onDetach={() => ctx.useDoc.getState().edit(t('inspector.detach'), (d) => detachMeasure(d, placement.id), { riskId })}
      />
      <TextField key={`${key}-label`} label={t('inspector.label')} value={measure.label} autoFocusTarget onCommit={(label) => set('inspector.label', { label })} />
      <InspectorOwner key={measure.id} ctx={ctx} measure={measure} riskId={riskId} />
      <SelectField label={t('inspector.effectiveness')} value={measure.effectiveness} options={EFFECTIVENESS} optionKey={(v) => `vocab.effectiveness.${v}`} onCommit={(v) => v && set('inspector.effectiveness', { effectiveness: v })} />
      <SelectField label={t('inspector.status')} value={measure.status} options={MEASURE_STATUS} optionKey={(v) => `vocab.measureStatus.${v}`} onCommit={(v) => v && set('inspector.status', { status: v })} />
      <SelectField label={t('inspector.domain')} value={measure.domain} options={DOMAINS} optionKey={(v) => `vocab.domain.${v}`} allowEmpty onCommit={(domain) => set('inspector.domain', { domain })} />
      <SelectField label={t('inspector.chainLink')} value={measure.chainLink} options={CHAIN_LINKS} optionKey={(v) => `vocab.chainLink.${v}`} allowEmpty onCommit={(chainLink) => set('inspector.chainLink', { chainLink })} />
      <SelectField label={t('inspector.type')} value={measure.type} options={MEASURE_TYPES} optionKey={(v) => `vocab.measureType.${v}`} allowEmpty onCommit={(type) => set('inspector.type', { type })} />
      <CheckField label={t('inspector.quickWin')} value={measure.quickWin} onCommit={(quickWin) => set('inspector.quickWin', { quickWin })} />
      <YearField key={`${key}-year`} label={t('inspector.plannedYear')} value={measure.plannedYear} onCommit={(plannedYear) => set('inspector.plannedYear', { plannedYear })} />
      <TextField key={`${key}-budget`} label={t('inspector.budgetNote')} value={measure.budgetNote} maxLength={2000} onCommit={(budgetNote) => set('inspector.budgetNote', { budgetNote })} />
      <SelectField label={t('inspector.confidentiality')} value={measure.confidentiality} options={CONFIDENTIALITY} optionKey={(v) => `vocab.confidentiality.${v}`} onCommit={(v) => v && set('inspector.confidentiality', { confidentiality: v })} />
      <TextField key={`${key}-desc`} label={t('inspector.description')} value={measure.description} multiline maxLength={100_000} onCommit={(description) => set('inspector.description', { description })} />
      <InspectorLink
        riskId={riskId}
        title="inspector.linkMeasure"
        options={[
          {
            target: { kind: 'measure', pathId: placement.pathId },
            kind: 'vocab.element.measure',
            onLink(c) {
              const id = ctx.useDoc.getState().edit(t('inspector.linkMeasure'), (d) => placeMeasure(d, c.id, { pathKind: placement.pathKind, pathId: placement.pathId }, placement.order + 1), { riskId });
              if (id) useUi.getState().select(`measure:${id}`);
            },
          },
        ]}
      />
    </>
  );
}
