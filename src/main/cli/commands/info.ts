/** `vlinder info FILE [--json]`: what a project file holds, after the full validation of an open. */
import type { ProjectDoc } from '../../../shared/model/doc.ts';
import type { SaveRecord } from '../../../shared/model/entities.ts';
import { readProjectFile } from '../../storage/projectFiles.ts';
import { UsageError, type CliCommand } from '../command.ts';

/** The counts `info` reports, by table. */
export const INFO_COUNTS = ['risks', 'causes', 'consequences', 'measures', 'escalationFactors', 'partners', 'areas'] as const;

const LABELS: Record<(typeof INFO_COUNTS)[number], string> = {
  risks: 'Risico’s',
  causes: 'Oorzaken',
  consequences: 'Gevolgen',
  measures: 'Maatregelen',
  escalationFactors: 'Escalatiefactoren',
  partners: 'Partners',
  areas: 'Gebieden',
};

export function projectInfo(path: string, kind: string, formatVersion: number, doc: ProjectDoc, history: readonly SaveRecord[]) {
  const counts = Object.fromEntries(INFO_COUNTS.map((t) => [t, Object.keys(doc[t]).length])) as Record<(typeof INFO_COUNTS)[number], number>;
  const last = history.at(-1);
  return {
    file: path,
    kind,
    formatVersion,
    documentId: doc.project.documentId,
    title: doc.project.title,
    municipality: doc.project.municipality,
    period: doc.project.period,
    counts,
    workedOut: Object.values(doc.risks).filter((r) => r.status === 'workedOut').length,
    saves: { count: history.length, lastSavedAt: last?.savedAt ?? null, lastAppVersion: last?.appVersion ?? null },
  };
}

export const infoCommand: CliCommand = {
  name: 'info',
  usage: 'info FILE [--json]',
  summary: 'toon titel, document-id, bestandsversie en aantallen van een project (.vlinder of .json)',
  async run(args, io) {
    const [path, ...rest] = args.positionals;
    if (!path || rest.length > 0) throw new UsageError('geef precies één bestand');
    const file = readProjectFile(path);
    const info = projectInfo(path, file.kind, file.formatVersion, file.doc, file.history);
    if (args.options['json']) {
      io.out(JSON.stringify(info, null, 2));
      return 0;
    }
    const rows: [string, string][] = [
      ['Bestand', path],
      ['Bestandsversie', String(info.formatVersion)],
      ['Titel', info.title],
      ['Gemeente', info.municipality || '—'],
      ['Periode', info.period || '—'],
      ['Document-id', info.documentId],
      ['Opgeslagen', info.saves.count === 0 ? 'nog nooit' : `${info.saves.count}× — laatst ${info.saves.lastSavedAt} (Vlinder ${info.saves.lastAppVersion})`],
      ...INFO_COUNTS.map((t): [string, string] => [LABELS[t], t === 'risks' ? `${info.counts.risks} (${info.workedOut} uitgewerkt)` : String(info.counts[t])]),
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    for (const [k, v] of rows) io.out(`${`${k}:`.padEnd(width + 1)} ${v}`);
    return 0;
  },
};
