/** Chapters 1 (Inleiding) and 2 (Gebiedsbeschrijving) of the IVRP. */
import type { Block, Run } from '../blocks.ts';
import { keyFigures } from './evidence.ts';
import type { ReportContext } from '../context.ts';
import { counted, fill, gap, gapPara, h1, h2, list, para, run, table, textParas } from '../fmt.ts';
import { municipalityName } from './front.ts';

export function introduction(ctx: ReportContext): Block[] {
  const { tx, doc } = ctx;
  const t = tx.ivrp;
  const p = doc.project;
  const why: Run[] = [];
  const template = fill(t.introWhyText, { municipality: municipalityName(ctx) || t.theMunicipality, bowtie: ctx.bowtieRisks.length ? t.introWhyBowtie : '' });
  if (p.period) why.push(run(fill(template, { period: p.period })));
  else {
    const [before, after] = template.split('{period}');
    why.push(run(before ?? ''), gap(tx, t.periodMissing), run(after ?? ''));
  }
  const out: Block[] = [h1(t.intro), h2(t.introWhy), para(...why), ...textParas(p.description)];

  out.push(h2(t.introScope));
  const fieldCounts = new Map<string, { label: string; order: number; count: number }>();
  for (const r of ctx.ix.risks) {
    const field = ctx.themeOf(r).field;
    if (!field) continue;
    const entry = fieldCounts.get(field.id) ?? { label: field.label, order: field.order, count: 0 };
    entry.count++;
    fieldCounts.set(field.id, entry);
  }
  if (fieldCounts.size > 0) {
    out.push(para(t.introScopeFields));
    out.push(list([...fieldCounts.values()].sort((a, b) => a.order - b.order).map((f) => fill(t.fieldCount, { field: f.label, count: f.count }))));
  }
  const areas = Object.values(doc.areas).filter((a) => a.kind !== 'hotspot');
  if (areas.length > 0) out.push(para(fill(t.introScopeAreas, { areas: ctx.and(areas.map((a) => a.name)) })));
  else out.push(gapPara(tx, t.areasMissing));

  out.push(h2(t.introMethod), para(`${t.introMethodText} ${counted(t.introMethodBowtie, ctx.bowtieRisks.length)}`));
  // Only what the model knows: the partners that own measures. Who sat at the table is the advisor's to add.
  const owners = new Set(Object.values(doc.measures).flatMap((m) => (m.ownerId && (ctx.ix.risksByMeasure.get(m.id) ?? []).length > 0 ? [m.ownerId] : [])));
  const partners = Object.values(doc.partners)
    .filter((x) => owners.has(x.id))
    .map((x) => x.name)
    .sort((a, b) => a.localeCompare(b, tx.locale));
  if (partners.length > 0) out.push(para(fill(t.introMethodPartners, { partners: ctx.and(partners) })));
  out.push(gapPara(tx, t.partnersMissing));
  const sessions = [...new Set(Object.values(doc.scores).map((s) => s.session.trim()))].filter(Boolean).sort();
  if (sessions.length > 0) out.push(para(fill(t.introMethodSessions, { sessions: ctx.and(sessions) })));
  out.push(gapPara(tx, t.sourcesMissing));

  out.push(h2(t.introGuide), para(t.introGuideText));
  return out;
}

export function areaDescription(ctx: ReportContext): Block[] {
  const { tx, doc } = ctx;
  const t = tx.ivrp;
  const figures = keyFigures(ctx, ctx.evidence);
  const out: Block[] = [h1(t.area), ...(figures.length > 0 ? figures : [gapPara(tx, t.areaKeyFigures)])];
  const kindRank: Record<string, number> = { municipality: 0, village: 1, district: 2, neighbourhood: 3, hotspot: 4 };
  const areas = Object.values(doc.areas).sort((a, b) => kindRank[a.kind]! - kindRank[b.kind]! || a.name.localeCompare(b.name, tx.locale));
  if (areas.length > 0) {
    out.push(para(t.areaTableIntro));
    out.push(
      table(
        [
          [t.colArea, 4],
          [t.colKind, 2],
          [t.colCbs, 2],
        ],
        areas.map((a) => [a.name, tx.vocab.areaKind[a.kind], a.cbsCode ?? tx.none]),
      ),
    );
  }
  const spots = areas.filter((a) => a.kind === 'hotspot');
  if (spots.length > 0) out.push(para(fill(t.areaSpecial, { spots: ctx.and(spots.map((a) => a.name)) })));
  out.push(gapPara(tx, t.areaSpecialMissing));
  return out;
}
