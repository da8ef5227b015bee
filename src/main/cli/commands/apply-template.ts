/**
 * `vlinder apply-template FILE.vlinder --risk R01 --template ID`: applies a bundled template to a
 * risk of the project, as the editor does (same label → linked, not duplicated). Without
 * `--template` it lists the templates.
 */
import { because, CheckError } from '../../../shared/model/check.ts';
import { applyTemplate } from '../../../shared/templates/applyTemplate.ts';
import { readBundledTemplates } from '../../content/content.ts';
import { sourceResourcesDir } from '../../content/resourcesDir.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { editProject } from './projectFile.ts';

export const applyTemplateCommand: CliCommand = {
  name: 'apply-template',
  usage: 'apply-template FILE.vlinder --risk CODE --template ID',
  summary: 'vlinderdassjabloon toepassen op een risico (zonder --template: de sjablonen tonen)',
  valueOptions: ['risk', 'template'],
  async run(args, io) {
    const templates = readBundledTemplates(sourceResourcesDir());
    const id = args.options['template'];
    if (typeof id !== 'string') {
      for (const tpl of templates) io.out(`${tpl.id.padEnd(28)} ${tpl.title.nl} (${tpl.theme ?? '–'})`);
      return 0;
    }
    const [file, ...rest] = args.positionals;
    const code = args.options['risk'];
    if (!file || rest.length > 0 || typeof code !== 'string') throw new UsageError('geef een projectbestand, --risk en --template');
    const template = templates.find((x) => x.id === id);
    if (!template) throw new UsageError(`onbekend sjabloon “${id}”; zie "vlinder apply-template" zonder --template`);
    let summary = '';
    await editProject(file, (draft) => {
      const risk = Object.values(draft.risks).find((r) => r.code.toLowerCase() === code.toLowerCase());
      if (!risk) throw new CheckError('--risk', because('reason.noSuchRisk', { code: code }));
      const r = applyTemplate(draft, risk.id, template);
      summary = `${risk.code} ${risk.title}: ${r.added.causes} oorzaken, ${r.added.consequences} gevolgen, ${r.added.measures} maatregelen en ${r.added.escalationFactors} escalatiefactoren toegevoegd; ${r.linked.causes + r.linked.consequences + r.linked.measures} gekoppeld aan bestaande.`;
      return true;
    });
    io.out(summary);
    return 0;
  },
};
