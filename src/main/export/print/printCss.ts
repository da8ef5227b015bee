/**
 * The print style of the HTML print view: A4 with 2.5 cm margins, the footer and page number in
 * CSS page-margin boxes (none on the title page), chapters on a new page, bow-ties on pages of
 * their own (A4 landscape or A3, as figurePages.ts decides). Colours and sizes follow the Word
 * styles so the PDF and the .docx look alike.
 */
import { figureBox } from '../../../shared/report/figurePages.ts';

const cm = (px: number) => `${((px * 2.54) / 96).toFixed(1)}cm`;

export function printCss(footer: string, pageWord: string, classification: string | null = null): string {
  const q = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;
  return `
@page { size: A4; margin: 2.5cm 2.5cm 2.2cm;
  @bottom-left { content: ${q(footer)}; font: 8pt 'Liberation Sans', Arial, sans-serif; color: #595959; }
  @bottom-right { content: ${q(pageWord)} " " counter(page); font: 8pt 'Liberation Sans', Arial, sans-serif; color: #595959; } }
@page :first { @bottom-left { content: none; } @bottom-right { content: none; } }${
    classification ? `\n@page { @top-right { content: ${q(classification)}; font: bold 8pt 'Liberation Sans', Arial, sans-serif; color: #c00000; } }` : ''
  }
@page wide { size: A4 landscape; }
@page fig { size: A4 landscape; margin: 2cm; }
@page a3l { size: A3 landscape; margin: 2cm; }
@page a3p { size: A3 portrait; margin: 2cm; }
section.wide { page: wide; }
html { font: 10pt/1.38 'Liberation Sans', Arial, Helvetica, sans-serif; color: #000; }
body { margin: 0; }
h1, h2, h3 { font-weight: bold; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 17pt; color: #1f3864; margin: 0 0 12pt; break-before: page; }
h2 { font-size: 13pt; color: #2e5395; margin: 18pt 0 6pt; }
h3 { font-size: 11pt; color: #1f3864; margin: 12pt 0 4pt; }
p { margin: 0 0 6pt; orphans: 3; widows: 3; }
p.note { font-size: 9pt; font-style: italic; color: #595959; }
p.label { font-weight: bold; margin-top: 9pt; margin-bottom: 4pt; break-after: avoid; }
ul { margin: 0 0 6pt; padding-left: 18pt; }
li { margin: 0 0 3pt; break-inside: avoid; }
mark.gap { background: #ffff00; font-weight: bold; color: #000; }
table { width: 100%; border-collapse: collapse; margin: 0 0 8pt; table-layout: fixed; font-size: 8.5pt; line-height: 1.25; }
th, td { border: 0.5pt solid #a6a6a6; padding: 2pt 4pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #dce4f2; font-weight: bold; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
figure { margin: 8pt 0 12pt; text-align: center; break-inside: avoid; }
figure img { display: block; margin: 0 auto; max-width: 100%; }
figure.inline img { max-height: 15cm; }
figure.landscape, figure.a3-landscape, figure.a3-portrait { break-before: page; break-after: page; margin: 0; }
figure.landscape { page: fig; }
figure.a3-landscape { page: a3l; }
figure.a3-portrait { page: a3p; }
figure.landscape img { width: 100%; max-height: ${cm(figureBox('landscape').height)}; object-fit: contain; }
figure.a3-landscape img { width: 100%; max-height: ${cm(figureBox('a3-landscape').height)}; object-fit: contain; }
figure.a3-portrait img { width: 100%; max-height: ${cm(figureBox('a3-portrait').height)}; object-fit: contain; }
figcaption { font-size: 9pt; font-style: italic; color: #595959; margin-top: 4pt; }
.title-page { height: 24cm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
.title-page .kicker { font-size: 15pt; color: #2e5395; margin-bottom: 6pt; }
.title-page h1.title { font-size: 26pt; break-before: auto; margin-bottom: 12pt; }
.title-page .subtitle { font-size: 15pt; color: #2e5395; margin-bottom: 24pt; }
.title-page .line { color: #595959; margin: 0 0 3pt; }
nav.toc h2 { font-size: 17pt; color: #1f3864; margin: 0 0 12pt; }
nav.toc ol { list-style: none; margin: 0; padding: 0; }
nav.toc li { margin: 0 0 1pt; }
nav.toc li.l1 { margin-top: 4pt; }
nav.toc li.l2 { padding-left: 12pt; }
nav.toc a { display: flex; color: inherit; text-decoration: none; }
nav.toc .dots { flex: 1; border-bottom: 1pt dotted #7f7f7f; margin: 0 4pt 3pt; }
nav.toc .pg { min-width: 2.5em; text-align: right; }
`;
}
