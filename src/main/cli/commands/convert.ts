/**
 * `vlinder convert IN OUT [--force]`: between .vlinder and .json (the interchange form), by
 * extension. The input is validated in full; the output is written atomically and keeps the
 * document id and the save history.
 */
import { existsSync } from 'node:fs';
import { appVersion } from '../../appVersion.ts';
import { fileKindOf, readProjectFile, writeProjectFile } from '../../storage/projectFiles.ts';
import { UsageError, type CliCommand } from '../command.ts';

export const convertCommand: CliCommand = {
  name: 'convert',
  usage: 'convert IN OUT [--force]',
  summary: 'zet een project om tussen .vlinder en .json (op extensie)',
  async run(args, io) {
    const [input, output, ...rest] = args.positionals;
    if (!input || !output || rest.length > 0) throw new UsageError('geef een invoer- en een uitvoerbestand');
    if (fileKindOf(output) === 'vlinder' && !output.toLowerCase().endsWith('.vlinder')) throw new UsageError('het uitvoerbestand moet eindigen op .vlinder of .json');
    if (existsSync(output) && !args.options['force']) {
      io.err(`vlinder convert: ${output} bestaat al; gebruik --force om het te overschrijven.`);
      return 1;
    }
    const file = readProjectFile(input);
    const bytes = writeProjectFile(output, file.doc, { history: file.history, records: file.records, appVersion: appVersion() });
    io.out(`Omgezet: ${input} → ${output} (${bytes} bytes).`);
    return 0;
  },
};
