/**
 * `vlinder diff MINE THEIRS [--json]`: what changed in two copies of one project since they
 * parted, grouped by risk, with who and when. Both files go through the full validation of an
 * open and are not modified.
 */
import { compareCopies } from '../../../shared/merge/compare.ts';
import { copyInfo } from '../../core/merge.ts';
import { readProjectFile } from '../../storage/projectFiles.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { comparisonLines, conflictLine, copyLine } from './mergeText.ts';

export const diffCommand: CliCommand = {
  name: 'diff',
  usage: 'diff MINE THEIRS [--json]',
  summary: 'vergelijk twee kopieën van een project: wat is sinds de splitsing gewijzigd, per risico',
  async run(args, io) {
    const [minePath, theirsPath, ...rest] = args.positionals;
    if (!minePath || !theirsPath || rest.length > 0) throw new UsageError('geef twee projectbestanden: MIJN en HUN versie');
    const mine = readProjectFile(minePath);
    const theirs = readProjectFile(theirsPath);
    const comparison = compareCopies(mine, theirs);
    const info = { mine: copyInfo(mine, minePath), theirs: copyInfo(theirs, theirsPath) };
    if (args.options['json']) {
      io.out(JSON.stringify({ ...info, ...comparison }, null, 2));
      return 0;
    }
    io.out(copyLine('Mijn versie', info.mine));
    io.out(copyLine('De andere versie', info.theirs));
    for (const line of comparisonLines(comparison, mine.doc, theirs.doc)) io.out(line);
    if (comparison.conflicts.length > 0) {
      io.out('');
      io.out(`Conflicten (${comparison.conflicts.length}):`);
      for (const c of comparison.conflicts) io.out(conflictLine(c));
    }
    return 0;
  },
};
