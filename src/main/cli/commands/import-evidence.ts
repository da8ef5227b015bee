/**
 * `vlinder import-evidence FILE.vlinder DATA.csv|.xlsx [--table ID] [--year N] [--downloaded
 * YYYY-MM-DD]`: reads a police / CBS open-data file (all lines or none), keeps its series in the
 * project file (one atomic write; a bad data file leaves the project untouched), and reports what
 * it holds per table, area and kind, which risks the kinds count towards, and where buurt counts
 * are too small to draw conclusions from.
 */
import { areasOf, seriesOf, SMALL_COUNT } from '../../../shared/evidence/figures.ts';
import { defaultMapping } from '../../../shared/evidence/mapping.ts';
import { readStarterList } from '../../content/content.ts';
import { sourceResourcesDir } from '../../content/resourcesDir.ts';
import { readEvidencePath } from '../../evidence/readEvidencePath.ts';
import { UsageError, type CliCommand } from '../command.ts';
import { storeEvidence } from '../../../shared/model/ops/evidence.ts';
import { editProject } from './projectFile.ts';

export const importEvidenceCommand: CliCommand = {
  name: 'import-evidence',
  usage: 'import-evidence FILE.vlinder DATA.csv|.xlsx [--table ID] [--year N] [--downloaded JJJJ-MM-DD]',
  summary: 'cijfers van CBS of politie (open data) in het project bewaren: per gebied en soort, gekoppeld aan de risico’s',
  valueOptions: ['table', 'year', 'downloaded'],
  async run(args, io) {
    const [file, dataPath, ...rest] = args.positionals;
    if (!file || !dataPath || rest.length > 0) throw new UsageError('geef een projectbestand en een bestand met cijfers (.csv of .xlsx)');
    const downloaded = args.options['downloaded'];
    if (downloaded !== undefined && (typeof downloaded !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(downloaded))) throw new UsageError('--downloaded verwacht een datum als 2025-01-15');
    const year = args.options['year'] === undefined ? undefined : Number(args.options['year']);
    if (year !== undefined && !Number.isInteger(year)) throw new UsageError('--year verwacht een jaartal');
    const table = typeof args.options['table'] === 'string' ? args.options['table'] : undefined;
    const result = await readEvidencePath(dataPath, { ...(typeof downloaded === 'string' ? { downloadedAt: downloaded } : {}), ...(table ? { tableId: table } : {}), ...(year ? { year } : {}) });
    await editProject(file, (doc) => {
      const series = seriesOf(doc, result.observations);
      const kinds = [...new Set(result.observations.map((o) => o.kind))];
      const mapping = defaultMapping(doc, kinds, readStarterList(sourceResourcesDir()));
      const periods = [...new Set(result.observations.map((o) => o.period))].sort();
      io.out(`${result.title} — tabel ${result.tableId}, gedownload ${result.downloadedAt}`);
      io.out(`${result.lines} regels: ${result.observations.length} waarden, ${areasOf(result.observations).length} gebieden, ${kinds.length} soorten, perioden ${periods[0]} t/m ${periods[periods.length - 1]}${result.skippedOtherAreas ? `; ${result.skippedOtherAreas} regels over grotere gebieden overgeslagen` : ''}.`);
      for (const kind of kinds) {
        const riskId = mapping[kind];
        const name = series.find((s) => s.kind === kind)?.kindName ?? kind;
        io.out(`  ${name}: ${riskId ? `${doc.risks[riskId]!.code} ${doc.risks[riskId]!.title}` : 'geen risico'}`);
      }
      const small = series.filter((s) => s.smallCounts).map((s) => s.area);
      if (small.length > 0) io.out(`Let op: kleine aantallen (minder dan ${SMALL_COUNT}) of onderdrukte waarden op buurtniveau in ${[...new Set(small)].join(', ')}; trek daar geen conclusies uit.`);
      const stored = storeEvidence(doc, result, mapping);
      io.out(`${stored} reeksen bewaard in ${file}.`);
      return true;
    });
    return 0;
  },
};
