/** Which risk each counted kind belongs to: the defaults preselected, every choice editable. */
import type { EvidenceMapping } from '../../../shared/evidence/mapping.ts';
import { kindName } from '../../../shared/evidence/figures.ts';
import type { ProjectDoc } from '../../../shared/model/doc.ts';
import { risksInOrder } from '../../../shared/model/query.ts';
import { useT } from '../../i18n/useT.ts';
import type { CommandContext } from '../../AppContext.tsx';
import { setKindRisk } from './evidenceActions.ts';

export function MappingTable({ ctx, doc, kinds, mapping }: { ctx: CommandContext; doc: ProjectDoc; kinds: string[]; mapping: EvidenceMapping }) {
  const t = useT();
  const risks = risksInOrder(doc);
  const counted = kinds.filter((k) => /^\d/.test(k));
  if (counted.length === 0) return null;
  return (
    <section aria-labelledby="evidence-mapping-title" className="evidence-mapping">
      <h2 id="evidence-mapping-title">{t('evidence.mapping')}</h2>
      <p className="evidence-help">{t('evidence.mappingHelp')}</p>
      <table className="evidence-table">
        <thead>
          <tr>
            <th scope="col">{t('evidence.col.kind')}</th>
            <th scope="col">{t('evidence.col.risk')}</th>
          </tr>
        </thead>
        <tbody>
          {counted.map((kind) => (
            <tr key={kind}>
              <th scope="row">
                {kindName(kind)} <span className="evidence-code">{kind}</span>
              </th>
              <td>
                <select aria-label={t('evidence.riskFor', { kind: kindName(kind) })} value={mapping[kind] ?? ''} onChange={(e) => setKindRisk(ctx, t, kind, e.target.value || null)}>
                  <option value="">{t('evidence.noRisk')}</option>
                  {risks.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.code} {r.title}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
