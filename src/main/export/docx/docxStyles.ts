/**
 * The Word styles of the reports. Headings use Word's own built-in styles (ids Heading1–3, names
 * "heading 1"–"heading 3", shown as "Kop 1"–"Kop 3" in Dutch Word), so a municipality can apply
 * its house style by redefining them. Arial is used because it is on every office machine and
 * LibreOffice maps it to the metric-compatible Liberation Sans. Kop 1 and Kop 2 carry Word's
 * heading numbering when the report's numbers allow it (headingNumbers.ts); tables have the table
 * style "Vlinder tabel"; the proofing language is the report's (nl-NL, en-GB).
 */
import { LineRuleType, type IStylesOptions } from 'docx';
import type { Language } from '../../../shared/model/vocab.ts';
import { HEADING_NUMBERING } from './headingNumbers.ts';

export const FONT = 'Arial';
export const COLORS = {
  heading: '1F3864',
  subheading: '2E5395',
  tableHeader: 'DCE4F2',
  border: 'A6A6A6',
  muted: '595959',
};

/** Half-points. */
export const SIZES = { body: 20, table: 17, note: 18, caption: 18, h1: 34, h2: 26, h3: 22 };

/** The proofing language Word checks spelling in. */
export const PROOFING: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export const TABLE_STYLE = 'VlinderTabel';

/**
 * Borders, cell margins and the header row's shading as a Word table style, so a house style can
 * restyle every table at once. Given to docx as "external styles", the one way it takes a table
 * style; the styles of docxStyles() are added to it.
 */
export function tableStylesXml(): string {
  const line = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${COLORS.border}"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    `<w:style w:type="table" w:styleId="${TABLE_STYLE}"><w:name w:val="Vlinder tabel"/><w:uiPriority w:val="59"/><w:qFormat/>` +
    `<w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="${SIZES.table}"/></w:rPr>` +
    `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(line).join('')}</w:tblBorders>` +
    `<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${COLORS.tableHeader}"/></w:tcPr></w:tblStylePr></w:style>` +
    '</w:styles>'
  );
}

export function docxStyles(opts: { lang: Language; numberedHeadings: boolean }): IStylesOptions {
  const numbering = (level: 0 | 1) => (opts.numberedHeadings ? { numbering: { reference: HEADING_NUMBERING, level } } : {});
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZES.body, language: { value: PROOFING[opts.lang] } },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { name: 'Title', run: { font: FONT, size: 52, bold: true, color: COLORS.heading }, paragraph: { spacing: { after: 240 } } },
      heading1: {
        name: 'heading 1',
        run: { font: FONT, size: SIZES.h1, bold: true, color: COLORS.heading },
        paragraph: { keepNext: true, keepLines: true, spacing: { before: 0, after: 240 }, outlineLevel: 0, ...numbering(0) },
      },
      heading2: {
        name: 'heading 2',
        run: { font: FONT, size: SIZES.h2, bold: true, color: COLORS.subheading },
        paragraph: { keepNext: true, keepLines: true, spacing: { before: 360, after: 120 }, outlineLevel: 1, ...numbering(1) },
      },
      heading3: {
        name: 'heading 3',
        run: { font: FONT, size: SIZES.h3, bold: true, color: COLORS.heading },
        paragraph: { keepNext: true, keepLines: true, spacing: { before: 240, after: 80 }, outlineLevel: 2 },
      },
      caption: { name: 'caption', run: { font: FONT, size: SIZES.caption, italics: true, color: COLORS.muted }, paragraph: { spacing: { before: 60, after: 240 } } },
      listParagraph: { name: 'List Paragraph', run: { font: FONT, size: SIZES.body }, paragraph: { spacing: { after: 60 } } },
    },
    paragraphStyles: [
      { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', run: { font: FONT, size: 30, color: COLORS.subheading }, paragraph: { spacing: { after: 480 } } },
      { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: SIZES.h1, bold: true, color: COLORS.heading }, paragraph: { spacing: { after: 240 } } },
      { id: 'Note', name: 'Vlinder toelichting', basedOn: 'Normal', run: { font: FONT, size: SIZES.note, italics: true, color: COLORS.muted } },
      { id: 'Label', name: 'Vlinder tussenkop', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: SIZES.body, bold: true }, paragraph: { keepNext: true, spacing: { before: 180, after: 80 } } },
      { id: 'TableText', name: 'Vlinder tabeltekst', basedOn: 'Normal', run: { font: FONT, size: SIZES.table }, paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } } },
      // Compact table of contents entries.
      { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: SIZES.body }, paragraph: { spacing: { before: 60, after: 20 } } },
      { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: SIZES.body }, paragraph: { indent: { left: 240 }, spacing: { after: 20 } } },
      { id: 'Header', name: 'header', basedOn: 'Normal', run: { font: FONT, size: 16 }, paragraph: { spacing: { after: 0 } } },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { font: FONT, size: 16, color: COLORS.muted }, paragraph: { spacing: { after: 0 } } },
    ],
  };
}
