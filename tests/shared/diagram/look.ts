/**
 * Renders the sample bow-tie and a matrix to /tmp/vlinder-look/*.png (light, dark, projector)
 * so a person can look at them: node --experimental-strip-types tests/shared/diagram/look.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderBowtieSvg } from '../../../src/shared/diagram/bowtieSvg.ts';
import { renderMatrixSvg } from '../../../src/shared/diagram/matrixSvg.ts';
import { svgToPng } from '../../../src/main/export/png.ts';
import { sampleBowtie } from './sample.ts';
import { sampleMatrix } from './sampleMatrix.ts';

const dir = '/tmp/vlinder-look';
mkdirSync(dir, { recursive: true });
const { doc, risk } = sampleBowtie();
for (const theme of ['light', 'dark', 'projector'] as const) {
  const svg = renderBowtieSvg(doc, risk, { theme, legend: true, title: 'R03 Drugsproductie in het buitengebied' });
  writeFileSync(`${dir}/bowtie-${theme}.svg`, svg);
  writeFileSync(`${dir}/bowtie-${theme}.png`, svgToPng(svg, { scale: 1 }));
}
const m = sampleMatrix();
for (const theme of ['light', 'dark'] as const) {
  const svg = renderMatrixSvg(m, { theme, title: 'Risicomatrix Teststad 2027–2030' });
  writeFileSync(`${dir}/matrix-${theme}.svg`, svg);
  writeFileSync(`${dir}/matrix-${theme}.png`, svgToPng(svg, { scale: 1 }));
}
console.log(`written to ${dir}`);
