/** Risk codes as buttons: each opens that risk's bow-tie. */
import type { ProjectDoc } from '../../../shared/model/doc.ts';
import { useT } from '../../i18n/useT.ts';
import { openBowtie } from '../register/RegisterTable.tsx';

export function RiskCodes({ doc, riskIds }: { doc: ProjectDoc; riskIds: readonly string[] }) {
  const t = useT();
  return (
    <span className="links-codes">
      {riskIds.map((id) => {
        const risk = doc.risks[id];
        if (!risk) return null;
        return (
          <button key={id} type="button" className="links-code" title={risk.title} aria-label={t('links.openRisk', { code: risk.code, title: risk.title })} onClick={() => openBowtie(id)}>
            {risk.code || risk.title}
          </button>
        );
      })}
    </span>
  );
}
