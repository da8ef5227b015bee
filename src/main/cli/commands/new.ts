/** `vlinder new OUT.vlinder [--title T] [--municipality M] [--force]`: a new, empty project file. */
import { existsSync } from 'node:fs';
import { newProjectDoc } from '../../../shared/model/newProject.ts';
import { appVersion } from '../../appVersion.ts';
import { writeProjectFile } from '../../storage/projectFiles.ts';
import { UsageError, type CliCommand } from '../command.ts';

export const newCommand: CliCommand = {
  name: 'new',
  usage: 'new OUT.vlinder [--title T] [--municipality M] [--force]',
  summary: 'maak een nieuw, leeg project (met standaardthema’s en -schalen)',
  valueOptions: ['title', 'municipality'],
  async run(args, io) {
    const [out, ...rest] = args.positionals;
    if (!out || rest.length > 0) throw new UsageError('geef precies één bestandsnaam');
    if (!out.toLowerCase().endsWith('.vlinder')) throw new UsageError('de bestandsnaam moet eindigen op .vlinder');
    if (existsSync(out) && !args.options['force']) {
      io.err(`vlinder new: ${out} bestaat al; gebruik --force om het te overschrijven.`);
      return 1;
    }
    const title = typeof args.options['title'] === 'string' ? args.options['title'] : 'Nieuw project';
    const municipality = typeof args.options['municipality'] === 'string' ? args.options['municipality'] : '';
    const bytes = writeProjectFile(out, newProjectDoc({ title, municipality }), { appVersion: appVersion() });
    io.out(`Nieuw project "${title}" opgeslagen in ${out} (${bytes} bytes).`);
    return 0;
  },
};
