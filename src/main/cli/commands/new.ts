/**
 * `vlinder new OUT.vlinder [--title T] [--municipality M] [--starter[=THEMES]] [--force]`: a new
 * project file; with `--starter` it holds the starter long list (all, or the risks of the given
 * Kernbeleid fields/themes, e.g. `--starter=VWL-1.3,JV`), added as in the app.
 */
import { existsSync } from 'node:fs';
import { newProjectDoc } from '../../../shared/model/newProject.ts';
import { addStarterRisks } from '../../../shared/starter/addStarterRisks.ts';
import { starterByCodes } from '../../../shared/starter/starterList.ts';
import { appVersion } from '../../appVersion.ts';
import { readStarterList } from '../../content/content.ts';
import { sourceResourcesDir } from '../../content/resourcesDir.ts';
import { writeProjectFile } from '../../storage/projectFiles.ts';
import { UsageError, type CliCommand } from '../command.ts';

export const newCommand: CliCommand = {
  name: 'new',
  usage: 'new OUT.vlinder [--title T] [--municipality M] [--starter[=THEMA’S]] [--force]',
  summary: 'maak een nieuw project (met standaardthema’s en -schalen; met --starter ook de startlijst van risico’s)',
  valueOptions: ['title', 'municipality'],
  optionalValueOptions: ['starter'],
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
    const doc = newProjectDoc({ title, municipality });
    let added = 0;
    const starter = args.options['starter'];
    if (starter !== undefined) {
      const codes = typeof starter === 'string' ? starter.split(',').map((s) => s.trim()).filter(Boolean) : [];
      const risks = starterByCodes(readStarterList(sourceResourcesDir()), codes);
      if (risks.length === 0) throw new UsageError(`geen risico’s in de startlijst voor “${codes.join(',')}” (gebruik codes als VWL, VWL-1.3, JV-3.1)`);
      added = addStarterRisks(doc, risks).length;
    }
    const bytes = writeProjectFile(out, doc, { appVersion: appVersion() });
    io.out(`Nieuw project "${title}" opgeslagen in ${out} (${bytes} bytes${added ? `, ${added} risico’s uit de startlijst` : ''}).`);
    return 0;
  },
};
