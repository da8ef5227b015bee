/**
 * Partners × risks: rows are partners owning measures, columns the risks with a bow-tie, each
 * cell a button with the number of measures (readable without colour; the shade only repeats
 * the number). Clicking a cell opens that risk's bow-tie.
 */
import type { LinksModel } from '../../../shared/links/linksModel.ts';
import { useT } from '../../i18n/useT.ts';
import { openBowtie } from '../register/RegisterTable.tsx';

const level = (n: number) => (n === 0 ? 0 : n === 1 ? 1 : n === 2 ? 2 : 3);

export function PartnerGrid({ model }: { model: LinksModel }) {
  const t = useT();
  const { rows, unowned } = model.partners;
  const unownedTotal = model.risks.reduce((n, r) => n + (unowned.get(r.id) ?? 0), 0);
  const cell = (rowKey: string, name: string, riskId: string, code: string, count: number) => (
    <td key={riskId}>
      <button type="button" className={`links-cell lvl-${level(count)}`} data-cell={`${rowKey}:${code}`} aria-label={t('links.cell', { partner: name, code, count })} onClick={() => openBowtie(riskId)}>
        {count === 0 ? '–' : count}
      </button>
    </td>
  );
  return (
    <section className="links-section" aria-labelledby="links-partners">
      <h2 id="links-partners">{t('links.partners.title')}</h2>
      <p className="links-intro">{t('links.partners.intro')}</p>
      {rows.length === 0 && unownedTotal === 0 ? (
        <p className="links-empty">{t('links.partners.none')}</p>
      ) : (
        <div className="links-scroll">
          <table className="links-table links-grid" data-testid="links-partner-grid">
            <thead>
              <tr>
                <th scope="col">{t('links.col.partner')}</th>
                {model.risks.map((r) => (
                  <th scope="col" key={r.id} title={r.title}>
                    <abbr title={r.title}>{r.code || r.title}</abbr>
                  </th>
                ))}
                <th scope="col">{t('links.col.total')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.partner.id}>
                  <th scope="row">{row.partner.name}</th>
                  {model.risks.map((r) => cell(row.partner.id, row.partner.name, r.id, r.code, row.perRisk.get(r.id) ?? 0))}
                  <td className="links-total">{row.measures.length}</td>
                </tr>
              ))}
              {unownedTotal > 0 && (
                <tr className="links-unowned">
                  <th scope="row">{t('links.partners.unowned')}</th>
                  {model.risks.map((r) => cell('unowned', t('links.partners.unowned'), r.id, r.code, unowned.get(r.id) ?? 0))}
                  <td className="links-total" />
                </tr>
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
