/** The small trend chart of one series, drawn by the same function as the report's. */
import { trendSvg } from '../../../shared/evidence/trendSvg.ts';

export function Trend({ values, title }: { values: (number | null)[]; title: string }) {
  const svg = trendSvg(values, { title, width: 140, height: 36 });
  return <img className="evidence-trend" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`} alt={title} width={140} height={36} />;
}
