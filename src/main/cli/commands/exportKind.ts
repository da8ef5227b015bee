/**
 * The shape of one `vlinder export` output kind, apart from the list of kinds, so the report
 * kinds (exportReports.ts) and the command (export.ts) both depend on it and not on each other.
 */
import type { ProjectDoc } from '../../../shared/model/doc.ts';
import type { Language } from '../../../shared/model/vocab.ts';
import type { ParsedArgs } from '../command.ts';

export interface ExportContext {
  doc: ProjectDoc;
  /** The value of this kind's option: an output file or folder. */
  out: string;
  args: ParsedArgs;
  lang: Language;
  /** Prints a warning (stderr), e.g. about personal data found before exporting. */
  warn?: (line: string) => void;
}

export interface ExportKind {
  /** The option naming the output, e.g. "register" for `--register OUT.xlsx`. */
  option: string;
  /** What the option takes, for --help: "OUT.xlsx|.csv". */
  valueName: string;
  /** Checks the output name before the project is opened; throw UsageError when it is wrong. */
  check?(out: string): void;
  /** Writes the export; returns the line printed on success. */
  run(ctx: ExportContext): Promise<string>;
}
