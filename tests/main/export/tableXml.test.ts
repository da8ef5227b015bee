import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { COLORS, TABLE_STYLE } from '../../../src/main/export/docx/docxStyles.ts';
import { LANDSCAPE_TEXT_WIDTH_TWIPS, TEXT_WIDTH_TWIPS } from '../../../src/main/export/docx/page.ts';
import { tableXml } from '../../../src/main/export/docx/tableXml.ts';
import type { Run, TableCell as ModelCell, TableColumn } from '../../../src/shared/report/blocks.ts';
import { buildIvrp } from '../../../src/shared/report/ivrp/buildIvrp.ts';
import { reportFixture } from '../../shared/report/fixture.ts';

/** The same table through docx's own classes: what tableXml must write, element for element. */
function docxTable(columns: readonly TableColumn[], rows: readonly ModelCell[][], widthTwips: number): Table {
  const runs = (rs: readonly Run[], bold = false) =>
    rs.map((r) => new TextRun({ text: r.text, bold: bold || r.bold || r.placeholder || undefined, italics: r.italic || undefined, highlight: r.placeholder ? 'yellow' : undefined }));
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => Math.round((c.width / total) * widthTwips));
  const cell = (rs: readonly Run[], i: number, fill: string | undefined, bold = false) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      ...(fill ? { shading: { fill, type: ShadingType.CLEAR, color: 'auto' } } : {}),
      children: [new Paragraph({ style: 'TableText', children: runs(rs, bold) })],
    });
  return new Table({
    width: { size: widthTwips, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    style: TABLE_STYLE,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell([{ text: c.header }], i, COLORS.tableHeader, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: columns.map((_, i) => cell(row[i]?.runs ?? [], i, row[i]?.fill?.slice(1))) })),
    ],
  });
}

const formatted = (x: { prepForXml(ctx: never): unknown }) => JSON.stringify(x.prepForXml({ stack: [] } as never));

describe('report tables written straight as XML', () => {
  it('are what docx’s own table classes write, for every table of the IVRP', () => {
    const report = buildIvrp(reportFixture().doc, { date: '2026-11-23' });
    const tables = report.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
    expect(tables.length).toBeGreaterThan(10);
    for (const t of tables) {
      for (const width of [TEXT_WIDTH_TWIPS, LANDSCAPE_TEXT_WIDTH_TWIPS]) expect(formatted(tableXml(t.columns, t.rows, width))).toBe(formatted(docxTable(t.columns, t.rows, width)));
    }
  });

  it('keep every kind of text and cell: marks, placeholders, fills, missing and empty cells, hostile text', () => {
    const columns: TableColumn[] = [
      { header: 'Code <&>', width: 1 },
      { header: 'Risico "x"', width: 3 },
      { header: '', width: 2 },
    ];
    const rows: ModelCell[][] = [
      [{ runs: [{ text: 'R01', bold: true }] }, { runs: [{ text: 'a\tb', italic: true }, { text: ' — ' }, { text: '[Nog in te vullen: x]', placeholder: true }] }, { runs: [], fill: '#C00000' }],
      [{ runs: [{ text: '' }] }],
      [{ runs: [{ text: '😀 ĳ €', bold: true, italic: true }] }, { runs: [{ text: "O'Neill & <zonen>" }], fill: '#00aa00' }, { runs: [{ text: 'laatste', placeholder: true, italic: true }] }],
    ];
    expect(formatted(tableXml(columns, rows, 9070))).toBe(formatted(docxTable(columns, rows, 9070)));
    expect(formatted(tableXml(columns, [], 5000))).toBe(formatted(docxTable(columns, [], 5000)));
  });
});
