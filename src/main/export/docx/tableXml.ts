/**
 * A report table written straight as the object tree docx serialises (its "formatted" XML),
 * instead of through docx's Table, TableRow, TableCell, Paragraph and TextRun classes. The
 * tables are three quarters of a 200-risk report's text (3 000 rows, 20 000 cells), and building
 * them as docx objects and formatting those took half a second and as much again in garbage
 * collection; this gives the same XML, element for element (tests/main/export/tableXml.test.ts
 * holds it against docx's own classes), in a fraction of that.
 */
import { FileChild } from 'docx';
import type { Run, TableCell as ModelCell, TableColumn } from '../../../shared/report/blocks.ts';
import { COLORS, TABLE_STYLE } from './docxStyles.ts';

type Xml = Record<string, unknown>;

const PRESERVE = { _attr: { 'xml:space': 'preserve' } };
const CELL_STYLE = { 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': 'TableText' } } }] };

/** A run as docx's TextRun writes it: bold, italic and the placeholder's yellow highlight. */
function runXml(r: Run, bold: boolean): Xml {
  const props: Xml[] = [];
  if (bold || r.bold || r.placeholder) props.push({ 'w:b': {} }, { 'w:bCs': {} });
  if (r.italic) props.push({ 'w:i': {} }, { 'w:iCs': {} });
  if (r.placeholder) props.push({ 'w:highlight': { _attr: { 'w:val': 'yellow' } } });
  const text = { 'w:t': [PRESERVE, r.text] };
  return { 'w:r': props.length > 0 ? [{ 'w:rPr': props }, text] : [text] };
}

function cellXml(runs: readonly Run[], width: number, fill: string | undefined, bold: boolean): Xml {
  const tcPr: Xml[] = [{ 'w:tcW': { _attr: { 'w:type': 'dxa', 'w:w': width } } }];
  if (fill) tcPr.push({ 'w:shd': { _attr: { 'w:fill': fill, 'w:color': 'auto', 'w:val': 'clear' } } });
  return { 'w:tc': [{ 'w:tcPr': tcPr }, { 'w:p': [CELL_STYLE, ...runs.map((r) => runXml(r, bold))] }] };
}

function rowXml(cells: Xml[], header: boolean): Xml {
  return { 'w:tr': [{ 'w:trPr': header ? [{ 'w:cantSplit': {} }, { 'w:tblHeader': {} }] : [{ 'w:cantSplit': {} }] }, ...cells] };
}

/** A block-level element whose XML is ready. */
class PreparedXml extends FileChild {
  private readonly xml: Xml;

  constructor(root: string, xml: Xml) {
    super(root);
    this.xml = xml;
  }

  override prepForXml(): Xml {
    return this.xml;
  }
}

/**
 * A table with a repeating header row, rows that do not split across pages, fixed column widths
 * from the content model's relative widths and the report's table style.
 */
export function tableXml(columns: readonly TableColumn[], rows: readonly ModelCell[][], widthTwips: number): FileChild {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => Math.round((c.width / total) * widthTwips));
  const header = rowXml(
    columns.map((c, i) => cellXml([{ text: c.header }], widths[i]!, COLORS.tableHeader, true)),
    true,
  );
  const body = rows.map((row) =>
    rowXml(
      columns.map((_, i) => {
        const cell = row[i] ?? { runs: [] };
        return cellXml(cell.runs, widths[i]!, cell.fill?.slice(1), false);
      }),
      false,
    ),
  );
  return new PreparedXml('w:tbl', {
    'w:tbl': [
      { 'w:tblPr': [{ 'w:tblStyle': { _attr: { 'w:val': TABLE_STYLE } } }, { 'w:tblW': { _attr: { 'w:type': 'dxa', 'w:w': widthTwips } } }, { 'w:tblLayout': { _attr: { 'w:type': 'fixed' } } }] },
      { 'w:tblGrid': widths.map((w) => ({ 'w:gridCol': { _attr: { 'w:w': w } } })) },
      header,
      ...body,
    ],
  });
}
