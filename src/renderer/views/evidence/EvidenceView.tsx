/**
 * Figures ("Cijfers"): read open-data files from CBS and the police, see which risk each kind
 * counts towards (and change it), and the figures with their trend per risk and per area, each
 * table citing its source. Areas are matched by their CBS code.
 */
import { useEffect, useMemo, useState } from 'react';
import { areasOf, figuresForArea, figuresForRisk, inProjectScope } from '../../../shared/evidence/figures.ts';
import { storedImports, storedMapping } from '../../../shared/evidence/storedEvidence.ts';
import type { StarterList } from '../../../shared/starter/starterList.ts';
import { risksInOrder } from '../../../shared/model/query.ts';
import { useDocState } from '../../AppContext.tsx';
import type { CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { EvidenceSources } from './EvidenceSources.tsx';
import { MappingTable } from './MappingTable.tsx';
import { SeriesTable } from './SeriesTable.tsx';
import './evidence.css';

export function EvidenceView({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const doc = useDocState((s) => s.doc);
  const [starter, setStarter] = useState<StarterList | null>(null);
  const [riskId, setRiskId] = useState<string>('');
  const [area, setArea] = useState<string>('');

  useEffect(() => {
    ctx.call('starter.list', {}).then(setStarter, () => setStarter(null));
  }, [ctx]);

  // The figures kept in the project; areas of its own municipality only, when its areas carry CBS codes.
  const series = doc?.evidenceSeries;
  const imports = useMemo(() => (doc ? storedImports(doc) : []), [series]);
  const observations = useMemo(() => (doc ? inProjectScope(doc, imports.flatMap((i) => i.observations)) : []), [imports, doc?.areas]);
  const kinds = useMemo(() => [...new Set(observations.map((o) => o.kind))], [observations]);
  const mapping = useMemo(() => (doc ? storedMapping(doc) : {}), [series]);
  if (!doc) return null;

  const risks = risksInOrder(doc);
  const withFigures = risks.filter((r) => Object.values(mapping).includes(r.id));
  const shownRisk = riskId && doc.risks[riskId] ? riskId : (withFigures[0]?.id ?? '');
  const areas = areasOf(observations);
  const shownArea = area && areas.includes(area) ? area : (areas[0] ?? '');
  const areaName = (code: string) => Object.values(doc.areas).find((a) => a.cbsCode === code)?.name;

  return (
    <section className="evidence-view" aria-label={t('view.evidence')} lang={lang}>
      <EvidenceSources ctx={ctx} imports={imports} starter={starter} />
      {observations.length === 0 ? (
        <p className="evidence-intro">{t('evidence.intro')}</p>
      ) : (
        <div className="evidence-body">
          <MappingTable ctx={ctx} doc={doc} kinds={kinds} mapping={mapping} />
          <section aria-labelledby="evidence-risk-title">
            <h2 id="evidence-risk-title">{t('evidence.perRisk')}</h2>
            <label className="evidence-pick">
              {t('evidence.risk')}{' '}
              <select value={shownRisk} onChange={(e) => setRiskId(e.target.value)}>
                {risks.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.code} {r.title}
                    {withFigures.includes(r) ? '' : ` — ${t('evidence.noFiguresShort')}`}
                  </option>
                ))}
              </select>
            </label>
            {shownRisk && <SeriesTable series={figuresForRisk(doc, observations, mapping, shownRisk)} label={t('evidence.perRisk')} />}
          </section>
          <section aria-labelledby="evidence-area-title">
            <h2 id="evidence-area-title">{t('evidence.perArea')}</h2>
            <label className="evidence-pick">
              {t('evidence.area')}{' '}
              <select value={shownArea} onChange={(e) => setArea(e.target.value)}>
                {areas.map((a) => (
                  <option key={a} value={a}>
                    {areaName(a) ? `${areaName(a)} (${a})` : a}
                  </option>
                ))}
              </select>
            </label>
            {shownArea && <SeriesTable series={figuresForArea(doc, observations, shownArea)} label={t('evidence.perArea')} />}
          </section>
        </div>
      )}
    </section>
  );
}
