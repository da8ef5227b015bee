/** The koppelkansen: causes and measures used in two or more bow-ties, with the risks as buttons. */
import type { LinksModel } from '../../../shared/links/linksModel.ts';
import type { ProjectDoc } from '../../../shared/model/doc.ts';
import { useT } from '../../i18n/useT.ts';
import { RiskCodes } from './RiskCodes.tsx';

export function SharedItemsSection({ doc, model }: { doc: ProjectDoc; model: LinksModel }) {
  const t = useT();
  const none = model.causes.length === 0 && model.measures.length === 0;
  return (
    <section className="links-section" aria-labelledby="links-shared">
      <h2 id="links-shared">{t('links.shared.title')}</h2>
      <p className="links-intro">{t('links.shared.intro')}</p>
      {none && <p className="links-empty">{t('links.shared.none')}</p>}
      {model.causes.length > 0 && (
        <table className="links-table" data-testid="links-shared-causes">
          <caption>{t('links.shared.causes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('links.col.cause')}</th>
              <th scope="col">{t('links.col.side')}</th>
              <th scope="col">{t('links.col.domain')}</th>
              <th scope="col">{t('links.col.risks')}</th>
            </tr>
          </thead>
          <tbody>
            {model.causes.map((c) => (
              <tr key={c.cause.id}>
                <th scope="row">{c.cause.label}</th>
                <td>{t('links.side.cause')}</td>
                <td>{c.cause.domain ? t(`vocab.domain.${c.cause.domain}`) : t('links.noDomain')}</td>
                <td>
                  <RiskCodes doc={doc} riskIds={c.riskIds} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {model.measures.length > 0 && (
        <table className="links-table" data-testid="links-shared-measures">
          <caption>{t('links.shared.measures')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('links.col.measure')}</th>
              <th scope="col">{t('links.col.side')}</th>
              <th scope="col">{t('links.col.owner')}</th>
              <th scope="col">{t('links.col.risks')}</th>
            </tr>
          </thead>
          <tbody>
            {model.measures.map((m) => (
              <tr key={m.measure.id}>
                <th scope="row">{m.measure.label}</th>
                <td>{m.side === 'both' ? t('links.side.both') : m.side ? t(`vocab.side.${m.side}`) : '–'}</td>
                <td>{(m.measure.ownerId && doc.partners[m.measure.ownerId]?.name) || t('links.noOwner')}</td>
                <td>
                  <RiskCodes doc={doc} riskIds={m.riskIds} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
