/**
 * The links view ("Verbanden"): where risks meet. Shared causes and measures (the koppelkansen),
 * which partner carries which risk, and how broad the approach to each risk is across domains.
 * All figures come from the pure links model; on a projector confidential items are left out,
 * as on the canvas.
 */
import { useMemo } from 'react';
import { linksModel } from '../../../shared/links/linksModel.ts';
import { publicationDoc } from '../../../shared/report/publication.ts';
import { useDocState, type CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { DomainTable } from './DomainTable.tsx';
import { PartnerGrid } from './PartnerGrid.tsx';
import { SharedItemsSection } from './SharedItemsSection.tsx';

export function LinksView(_props: { ctx: CommandContext }) {
  const t = useT();
  const source = useDocState((s) => s.doc);
  const lang = useUi((s) => s.lang);
  const projector = useUi((s) => s.theme === 'projector');
  const shown = useMemo(() => (source && projector ? publicationDoc(source) : source), [source, projector]);
  const model = useMemo(() => (shown ? linksModel(shown, lang) : null), [shown, lang]);
  if (!source || !shown || !model) return null;
  // Say so only when the projector actually left something out.
  const hidden = shown !== source && (['risks', 'causes', 'measures'] as const).some((k) => Object.keys(shown[k]).length < Object.keys(source[k]).length);
  return (
    <section className="links-view" aria-label={t('view.links')}>
      {hidden && <p className="links-note">{t('links.confidentialHidden')}</p>}
      {model.risks.length === 0 ? (
        <p className="links-empty">{t('links.noBowties')}</p>
      ) : (
        <>
          <SharedItemsSection doc={shown} model={model} />
          <PartnerGrid model={model} />
          <DomainTable doc={shown} model={model} />
        </>
      )}
    </section>
  );
}
