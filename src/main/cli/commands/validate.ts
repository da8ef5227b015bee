/** `vlinder validate FILE`: exit 0 if the file opens as a valid project, 1 with the reason if not. */
import { countEntities } from '../../../shared/model/doc.ts';
import { readProjectFile } from '../../storage/projectFiles.ts';
import { UsageError, type CliCommand } from '../command.ts';

export const validateCommand: CliCommand = {
  name: 'validate',
  usage: 'validate FILE',
  summary: 'controleer een project (.vlinder of .json) zoals Vlinder het bij openen doet',
  async run(args, io) {
    const [path, ...rest] = args.positionals;
    if (!path || rest.length > 0) throw new UsageError('geef precies één bestand');
    const { doc } = readProjectFile(path);
    const total = Object.values(countEntities(doc)).reduce((a, b) => a + b, 0);
    io.out(`Geldig: "${doc.project.title}" (${total} onderdelen).`);
    return 0;
  },
};
