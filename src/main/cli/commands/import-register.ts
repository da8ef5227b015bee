/**
 * `vlinder import-register FILE.vlinder LIST.xlsx|.csv [--dry-run]`: reads a long list, matches
 * its columns by Dutch or English header names, and adds (or, by code, updates) the risks — all
 * rows or none. Errors are listed per row; the project file is then left untouched.
 */
import { t } from '../../../shared/i18n/t.ts';
import { applyImport } from '../../../shared/register/applyImport.ts';
import { detectMapping } from '../../../shared/register/columns.ts';
import { planImport, type ImportIssue, type ImportPlan } from '../../../shared/register/planImport.ts';
import { toSheetTable } from '../../../shared/register/sheetTable.ts';
import { readListPath } from '../../export/readRegisterFile.ts';
import { UsageError, type CliCommand, type CliIO } from '../command.ts';
import { editProject } from './projectFile.ts';

const MAX_LISTED = 25;

function issueText(issue: ImportIssue): string {
  return t('nl', issue.key, issue.params);
}

function printErrors(plan: ImportPlan, io: CliIO): void {
  const lines = [...plan.issues.map(issueText), ...plan.rows.flatMap((r) => r.issues.map((i) => `regel ${r.line}: ${issueText(i)}`))];
  for (const line of lines.slice(0, MAX_LISTED)) io.err(`  ${line}`);
  if (lines.length > MAX_LISTED) io.err(`  … en nog ${lines.length - MAX_LISTED} fout(en)`);
}

export const importRegisterCommand: CliCommand = {
  name: 'import-register',
  usage: 'import-register FILE.vlinder LIST.xlsx|.csv [--dry-run]',
  summary: 'lange lijst van risico’s inlezen (kolommen herkend op Nederlandse of Engelse namen); alles of niets',
  async run(args, io) {
    const [file, listPath, ...rest] = args.positionals;
    if (!file || !listPath || rest.length > 0) throw new UsageError('geef een projectbestand en een lijst (.xlsx of .csv)');
    const unknown = Object.keys(args.options).filter((o) => o !== 'dry-run');
    if (unknown.length > 0) throw new UsageError(`onbekende optie --${unknown[0]}`);
    const list = await readListPath(listPath);
    let plan: ImportPlan | null = null;
    let ignored: string[] = [];
    const saved = await editProject(file, (draft) => {
      const table = toSheetTable(list.records, draft.project.scales);
      const mapping = detectMapping(table.headers, draft.project.scales);
      ignored = table.headers.filter((h, i) => h !== '' && mapping[i] === null);
      plan = planImport(draft, table, mapping);
      if (plan.errorCount > 0 || args.options['dry-run']) return false;
      applyImport(draft, plan);
      return true;
    });
    const p = plan as ImportPlan | null;
    if (!p) return 1;
    if (ignored.length > 0) io.out(`Niet ingelezen kolommen: ${ignored.join(', ')}`);
    if (p.errorCount > 0) {
      io.err(`vlinder import-register: de lijst bevat ${p.errorCount} fout(en); er is niets ingelezen.`);
      printErrors(p, io);
      return 1;
    }
    const summary = [`${p.creates} risico’s toegevoegd`, `${p.updates} bijgewerkt`];
    if (p.newAreas.length > 0) summary.push(`nieuwe gebieden: ${p.newAreas.join(', ')}`);
    if (p.newThemes.length > 0) summary.push(`eigen thema’s: ${p.newThemes.join(', ')}`);
    io.out(`${saved ? '' : 'Proefrit (niets opgeslagen): '}${summary.join('; ')}.`);
    return 0;
  },
};
