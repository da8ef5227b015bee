/**
 * Partners × risks: rows are partners owning measures, columns the risks with a bow-tie, each
 * cell a button with the number of measures (readable without colour; the shade only repeats
 * the number). Clicking a cell opens that risk's bow-tie. The grid is one tab stop; the arrow
 * keys (and Home/End) move between cells, Enter opens the risk.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { LinksModel } from '../../../shared/links/linksModel.ts';
import { useT } from '../../i18n/useT.ts';
import { openBowtie } from '../register/RegisterTable.tsx';

const level = (n: number) => (n === 0 ? 0 : n === 1 ? 1 : n === 2 ? 2 : 3);

export function PartnerGrid({ model }: { model: LinksModel }) {
  const t = useT();
  const { rows, unowned } = model.partners;
  const unownedTotal = model.risks.reduce((n, r) => n + (unowned.get(r.id) ?? 0), 0);
  const rowCount = rows.length + (unownedTotal > 0 ? 1 : 0);
  const colCount = model.risks.length;
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const tableRef = useRef<HTMLTableElement>(null);
  // The grid may have shrunk since the last move: clamp, so there is always one tab stop.
  const at: [number, number] = [Math.min(active[0], rowCount - 1), Math.min(active[1], colCount - 1)];

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const [r, c] = at;
    const next: [number, number] | null =
      e.key === 'ArrowUp' ? [Math.max(0, r - 1), c]
      : e.key === 'ArrowDown' ? [Math.min(rowCount - 1, r + 1), c]
      : e.key === 'ArrowLeft' ? [r, Math.max(0, c - 1)]
      : e.key === 'ArrowRight' ? [r, Math.min(colCount - 1, c + 1)]
      : e.key === 'Home' ? [r, 0]
      : e.key === 'End' ? [r, colCount - 1]
      : null;
    if (!next) return;
    e.preventDefault();
    setActive(next);
    tableRef.current?.querySelector<HTMLElement>(`[data-pos="${next[0]}:${next[1]}"]`)?.focus();
  };

  const cell = (r: number, c: number, name: string, riskId: string, code: string, count: number) => (
    <td key={riskId}>
      <button
        type="button"
        className={`links-cell lvl-${level(count)}`}
        data-pos={`${r}:${c}`}
        tabIndex={at[0] === r && at[1] === c ? 0 : -1}
        aria-label={t('links.cell', { partner: name, code, count })}
        onFocus={() => setActive([r, c])}
        onClick={() => openBowtie(riskId)}
      >
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
          <table className="links-table links-grid" data-testid="links-partner-grid" ref={tableRef} onKeyDown={onKeyDown}>
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
              {rows.map((row, ri) => (
                <tr key={row.partner.id}>
                  <th scope="row">{row.partner.name}</th>
                  {model.risks.map((r, ci) => cell(ri, ci, row.partner.name, r.id, r.code, row.perRisk.get(r.id) ?? 0))}
                  <td className="links-total">{row.measures.length}</td>
                </tr>
              ))}
              {unownedTotal > 0 && (
                <tr className="links-unowned">
                  <th scope="row">{t('links.partners.unowned')}</th>
                  {model.risks.map((r, ci) => cell(rows.length, ci, t('links.partners.unowned'), r.id, r.code, unowned.get(r.id) ?? 0))}
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
