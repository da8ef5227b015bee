/** Measures per domain (veiligheid, sociaal, fysiek, economisch) for each risk with a bow-tie. */
import type { LinksModel } from '../../../shared/links/linksModel.ts';
import type { ProjectDoc } from '../../../shared/model/doc.ts';
import { DOMAINS } from '../../../shared/model/vocab.ts';
import { useT } from '../../i18n/useT.ts';
import { RiskCodes } from './RiskCodes.tsx';

export function DomainTable({ doc, model }: { doc: ProjectDoc; model: LinksModel }) {
  const t = useT();
  const anyNone = model.domains.some((d) => d.counts.none > 0);
  return (
    <section className="links-section" aria-labelledby="links-domains">
      <h2 id="links-domains">{t('links.domains.title')}</h2>
      <p className="links-intro">{t('links.domains.intro')}</p>
      <div className="links-scroll">
        <table className="links-table links-domains" data-testid="links-domains">
          <thead>
            <tr>
              <th scope="col">{t('links.col.risk')}</th>
              {DOMAINS.map((d) => (
                <th scope="col" key={d}>
                  {t(`vocab.domain.${d}`)}
                </th>
              ))}
              {anyNone && <th scope="col">{t('links.noDomain')}</th>}
              <th scope="col">{t('links.col.total')}</th>
            </tr>
          </thead>
          <tbody>
            {model.domains.map((row) => (
              <tr key={row.riskId}>
                <th scope="row">
                  <RiskCodes doc={doc} riskIds={[row.riskId]} /> <span className="links-risk-title">{doc.risks[row.riskId]?.title}</span>
                </th>
                {DOMAINS.map((d) => (
                  <td key={d} className="links-num">
                    {row.counts[d] || '–'}
                  </td>
                ))}
                {anyNone && <td className="links-num">{row.counts.none || '–'}</td>}
                <td className="links-num links-total">{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
