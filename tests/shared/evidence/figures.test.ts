/** From observations to what the app and the report show: mapping to risks, series per area, the caveat, the chart. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStarterList } from '../../../src/main/content/content.ts';
import { sourceResourcesDir } from '../../../src/main/content/resourcesDir.ts';
import { figuresForArea, figuresForRisk, inProjectScope } from '../../../src/shared/evidence/figures.ts';
import { defaultMapping, effectiveMapping } from '../../../src/shared/evidence/mapping.ts';
import { readEvidenceCsv } from '../../../src/shared/evidence/readEvidence.ts';
import { trendSvg } from '../../../src/shared/evidence/trendSvg.ts';
import { newProjectDoc } from '../../../src/shared/model/newProject.ts';
import { addArea } from '../../../src/shared/model/ops/areas.ts';
import { addStarterRisks } from '../../../src/shared/starter/addStarterRisks.ts';
import { starterByCodes } from '../../../src/shared/starter/starterList.ts';

const starter = readStarterList(sourceResourcesDir());
const DIR = join(import.meta.dirname, '../../fixtures/evidence');
const police = readEvidenceCsv(readFileSync(join(DIR, '47022NED_TypedDataSet_20250115.csv'), 'utf8'), { fileName: '47022NED_TypedDataSet_20250115.csv', downloadedAt: '2025-01-15' });

function project() {
  const doc = newProjectDoc({ title: 'T' });
  addStarterRisks(doc, starterByCodes(starter, ['VWL']));
  const byTitle = (t: string) => Object.values(doc.risks).find((r) => r.title === t)!.id;
  return { doc, burglary: byTitle('Woninginbraak'), vandalism: byTitle('Vernieling en graffiti'), disputes: byTitle('Burenconflicten') };
}

describe('mapping crime kinds to risks', () => {
  it('by default: woninginbraak → the burglary risk, vernieling → vandalism; unknown or absent → none', () => {
    const { doc, burglary, vandalism } = project();
    expect(defaultMapping(doc, ['1.1.1', '2.2.1', '0.0.0', '3.1.1'], starter)).toEqual({ '1.1.1': burglary, '2.2.1': vandalism, '0.0.0': null, '3.1.1': null });
  });

  it('the user’s choice wins; a choice pointing at a deleted risk falls back to the default', () => {
    const { doc, burglary, disputes } = project();
    const m = effectiveMapping(doc, ['1.1.1', '2.2.1'], starter, { '2.2.1': disputes, '1.1.1': '00000000-0000-4000-8000-000000000000' });
    expect(m).toEqual({ '1.1.1': burglary, '2.2.1': disputes });
  });
});

describe('figures per risk and per area', () => {
  it('gives the burglary risk its series per area, gemeente first, in time order, with the buurt caveat', () => {
    const { doc, burglary } = project();
    addArea(doc, { name: 'West', kind: 'district', cbsCode: 'WK034401' });
    const mapping = defaultMapping(doc, ['1.1.1', '2.2.1'], starter);
    const series = figuresForRisk(doc, police.observations, mapping, burglary);
    expect(series.map((s) => [s.area, s.areaName, s.kindName, s.smallCounts])).toEqual([
      ['GM0344', null, 'Diefstal/inbraak woning', false],
      ['WK034401', 'West', 'Diefstal/inbraak woning', false],
      ['BU03440101', null, 'Diefstal/inbraak woning', true],
    ]);
    expect(series[0]!.points).toEqual([
      { period: '2024MM01', value: 212 },
      { period: '2024MM02', value: 187 },
      { period: '2024MM03', value: 164 },
    ]);
    expect(series[0]).toMatchObject({ source: 'politie', tableId: '47022NED', downloadedAt: '2025-01-15' });
  });

  it('limits a risk to its own areas (and the gemeente) when it names areas with a CBS code', () => {
    const { doc, burglary } = project();
    const area = addArea(doc, { name: 'Lombok-Oost', kind: 'neighbourhood', cbsCode: 'BU03440101' });
    doc.risks[burglary]!.areaIds = [area];
    const series = figuresForRisk(doc, police.observations, defaultMapping(doc, ['1.1.1'], starter), burglary);
    expect(series.map((s) => s.area)).toEqual(['GM0344', 'BU03440101']);
  });

  it('per area lists every kind', () => {
    const { doc } = project();
    expect(figuresForArea(doc, police.observations, 'WK034401').map((s) => s.kind)).toEqual(['1.1.1', '2.2.1']);
  });
});

describe('trendSvg', () => {
  it('draws a line per run of known values, a gap for a suppressed one, and carries a title', () => {
    const svg = trendSvg([4, null, 2, 3], { title: 'Inbraak <BU>' });
    expect(svg.match(/<polyline/g)).toHaveLength(2);
    expect(svg.match(/<circle/g)).toHaveLength(3);
    expect(svg).toContain('<title>Inbraak &lt;BU&gt;</title>');
    expect(trendSvg([], { title: 'leeg' })).not.toContain('polyline');
  });
});

describe('inProjectScope', () => {
  it('narrows a file of several gemeenten to the one the project’s areas belong to; keeps all without codes', () => {
    const { doc } = project();
    const other = { ...police.observations[0]!, area: 'BU05990101' };
    const all = [...police.observations, other];
    expect(inProjectScope(doc, all)).toHaveLength(all.length);
    addArea(doc, { name: 'West', kind: 'district', cbsCode: 'WK034401' });
    expect(inProjectScope(doc, all)).toHaveLength(police.observations.length);
  });
});
