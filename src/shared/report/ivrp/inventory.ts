/** Chapter 3 of the IVRP: the long list of risks per veiligheidsveld. */
import type { Risk, Theme } from '../../model/entities.ts';
import type { Block } from '../blocks.ts';
import type { ReportContext } from '../context.ts';
import { counted, gapPara, h1, h2, para, table } from '../fmt.ts';

export function inventory(ctx: ReportContext): Block[] {
  const { tx, doc } = ctx;
  const t = tx.ivrp;
  const out: Block[] = [h1(t.inventory)];
  const risks = ctx.ix.risks;
  if (risks.length === 0) return [...out, gapPara(tx, t.inventoryEmpty)];
  out.push(para(counted(t.inventoryIntro, risks.length)));

  const groups = new Map<string, { field: Theme | null; risks: Risk[] }>();
  for (const r of risks) {
    const field = ctx.themeOf(r).field;
    const key = field?.id ?? '';
    const g = groups.get(key) ?? { field, risks: [] };
    g.risks.push(r);
    groups.set(key, g);
  }
  const ordered = [...groups.values()].sort((a, b) => (a.field ? a.field.order : Infinity) - (b.field ? b.field.order : Infinity));
  ordered.forEach((g, i) => {
    out.push(h2(`3.${i + 1} ${g.field ? g.field.label : t.inventoryNoField}`));
    out.push(
      table(
        [
          [t.colCode, 1],
          [t.colRisk, 4.5],
          [t.colTheme, 3],
          [t.colAreas, 2.2],
          [t.colStatus, 1.6],
        ],
        g.risks.map((r) => [
          r.code,
          r.title,
          ctx.themeOf(r).theme?.label ?? tx.none,
          r.areaIds.map((id) => doc.areas[id]?.name).filter(Boolean).join(', ') || tx.none,
          tx.vocab.riskStatus[r.status],
        ]),
      ),
    );
  });
  return out;
}
