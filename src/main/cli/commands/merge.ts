/**
 * `vlinder merge MINE THEIRS --out OUT [--take mine|theirs] [--json] [--force]`: one file with
 * both copies' work. Every one-sided change is taken; a conflict needs `--take`. Without it a
 * merge with conflicts writes nothing, lists them and exits 3. The new save records both parents.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { t } from '../../../shared/i18n/t.ts';
import { runMerge } from '../../../shared/merge/runMerge.ts';
import { nowIso } from '../../../shared/model/ids.ts';
import { appVersion } from '../../appVersion.ts';
import { systemUserName } from '../../hostCore.ts';
import { readProjectFile, writeProjectFile } from '../../storage/projectFiles.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { conflictLine } from './mergeText.ts';

/** Exit code of a merge that has conflicts and no `--take`: nothing was written. */
export const EXIT_CONFLICTS = 3;

export const mergeCommand: CliCommand = {
  name: 'merge',
  usage: 'merge MINE THEIRS --out OUT [--take mine|theirs] [--json] [--force]',
  summary: 'voeg twee kopieën van een project samen in OUT; conflicten: --take, anders exit 3 en niets geschreven',
  valueOptions: ['out', 'take'],
  async run(args, io) {
    const [minePath, theirsPath, ...rest] = args.positionals;
    if (!minePath || !theirsPath || rest.length > 0) throw new UsageError('geef twee projectbestanden: MIJN en HUN versie');
    const out = args.options['out'];
    if (typeof out !== 'string' || out === '') throw new UsageError('geef met --out het bestand voor het resultaat');
    const take = args.options['take'];
    if (take !== undefined && take !== 'mine' && take !== 'theirs') throw new UsageError('--take is mine of theirs');
    const overwrites = existsSync(out) && resolve(out) !== resolve(minePath) && resolve(out) !== resolve(theirsPath);
    if (existsSync(out) && !args.options['force']) {
      io.err(`vlinder merge: ${out} bestaat al; gebruik --force om het te overschrijven${overwrites ? '' : ' (het is een van de invoerbestanden)'}.`);
      return 1;
    }
    const mine = readProjectFile(minePath);
    const theirs = readProjectFile(theirsPath);
    const result = runMerge(mine, theirs, { ...(take ? { take } : {}), at: nowIso() });
    const summary = t('nl', 'merge.summary', { mine: result.taken.mine, theirs: result.taken.theirs, conflicts: result.open.length });
    if (result.open.length > 0) {
      if (args.options['json']) io.out(JSON.stringify({ written: false, conflicts: result.open, taken: result.taken }, null, 2));
      else {
        io.err(`vlinder merge: ${t('nl', 'error.merge.conflicts', { count: result.open.length })}`);
        for (const c of result.open) io.err(conflictLine(c));
      }
      return EXIT_CONFLICTS;
    }
    const bytes = writeProjectFile(out, result.doc, { history: mine.history, records: result.records, merge: { history: result.history, mergeParentId: result.parents.theirs }, appVersion: appVersion(), savedBy: systemUserName() });
    if (args.options['json']) io.out(JSON.stringify({ written: true, path: out, bytes, taken: result.taken, dropped: result.dropped }, null, 2));
    else {
      io.out(t('nl', 'merge.wrote', { path: out, summary }));
      if (result.dropped.length > 0) io.out(t('nl', 'merge.dropped', { count: result.dropped.length }));
    }
    return 0;
  },
};
