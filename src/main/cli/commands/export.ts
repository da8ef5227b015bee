/**
 * `vlinder export FILE --register OUT.xlsx|.csv --ivrp OUT.docx … [--publication [--omit-internal]]`:
 * exports from a project file without opening the app, through the one export path the app uses
 * (src/main/export/runExport.ts): filter, privacy check, write, name. This file only turns options
 * into outputs and prints what happened. The option of each kind is in OPTION, a `Record` over
 * every kind, so a new kind does not build until it has an option here.
 */
import { join } from 'node:path';
import type { Language } from '../../../shared/model/vocab.ts';
import { readEvidenceSet } from '../../evidence/readEvidencePath.ts';
import { OUTPUT_KINDS, OUTPUT_SPECS, type OutputKind } from '../../export/outputKinds.ts';
import { runExport, type ExportOutput, type OutputResult } from '../../export/runExport.ts';
import { UsageError, type CliCommand, type ParsedArgs } from '../command.ts';
import { printPrivacy } from './printPrivacy.ts';
import { readProject } from './projectFile.ts';

/** The option naming each kind's output; kinds that share one are told apart by the extension. */
const OPTION: Record<OutputKind, string> = {
  registerXlsx: 'register',
  registerCsv: 'register',
  ivrp: 'ivrp',
  pdf: 'pdf',
  ivp: 'ivp',
  ivpPerPriority: 'ivp-each',
  svg: 'svg',
  png: 'png',
};

/** The line printed for each kind once it is written (`out` as the user gave it). */
const WROTE: Record<OutputKind, (out: string, r: OutputResult, risks: number) => string> = {
  registerXlsx: (out, _r, risks) => `Risicolijst geschreven naar ${out} (${risks} risico’s)`,
  registerCsv: (out, _r, risks) => `Risicolijst geschreven naar ${out} (${risks} risico’s)`,
  ivrp: (out) => `IVRP-rapport geschreven naar ${out}`,
  pdf: (out) => `IVRP-rapport (PDF) geschreven naar ${out}`,
  ivp: (out) => `IVP-hoofdstukken geschreven naar ${out}`,
  ivpPerPriority: (out, r) => `${r.files.length} IVP-hoofdstuk(ken) geschreven in ${out}`,
  svg: (out, r) => `${r.files.length} SVG-diagram(men) geschreven in ${join(out)}`,
  png: (out, r) => `${r.files.length} PNG-diagram(men) geschreven in ${join(out)}`,
};

const OPTIONS = [...new Set(OUTPUT_KINDS.map((k) => OPTION[k]))];
const kindsOf = (option: string) => OUTPUT_KINDS.filter((k) => OPTION[k] === option);
const valueName = (option: string) => {
  const [first, ...more] = kindsOf(option).map((k) => OUTPUT_SPECS[k]);
  return first!.shape === 'folder' ? 'DIR' : `OUT${[first!.ext, ...more.map((s) => s.ext)].join('|')}`;
};
const FLAGS = ['publication', 'omit-internal'];
const VALUE_OPTIONS = ['lang', 'scale', 'evidence'];

/** The kind an option's value asks for: by the extension when several kinds share the option. */
function outputOf(option: string, out: string): ExportOutput {
  const kinds = kindsOf(option);
  const kind = kinds.find((k) => OUTPUT_SPECS[k].shape === 'folder' || out.toLowerCase().endsWith(OUTPUT_SPECS[k].ext));
  if (!kind) throw new UsageError(`--${option} verwacht een bestandsnaam op ${kinds.map((k) => OUTPUT_SPECS[k].ext).join(' of ')}`);
  return { kind, to: OUTPUT_SPECS[kind].shape === 'folder' ? { folder: out } : { file: out, makeFolder: true } };
}

function scaleOf(args: ParsedArgs): number | undefined {
  const raw = args.options['scale'];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0.5 || n > 4) throw new UsageError('--scale is een getal van 0,5 tot en met 4');
  return n;
}

export const exportCommand: CliCommand = {
  name: 'export',
  usage: `export FILE ${OPTIONS.map((o) => `[--${o} ${valueName(o)}]`).join(' ')} [--publication [--omit-internal]] [--scale N] [--evidence DATA.csv[,…]] [--lang nl|en]`,
  summary: 'risicolijst, rapporten en diagrammen schrijven zonder de app te openen',
  valueOptions: [...OPTIONS, ...VALUE_OPTIONS],
  async run(args, io) {
    const [file, ...rest] = args.positionals;
    if (!file || rest.length > 0) throw new UsageError('geef precies één projectbestand');
    const known = new Set([...OPTIONS, ...VALUE_OPTIONS, ...FLAGS]);
    const unknown = Object.keys(args.options).find((o) => !known.has(o));
    if (unknown) throw new UsageError(`onbekende optie --${unknown}`);
    const lang = args.options['lang'];
    if (lang !== undefined && lang !== 'nl' && lang !== 'en') throw new UsageError('--lang is nl of en');
    const publication = args.options['publication'] === true;
    const omitInternal = args.options['omit-internal'] === true;
    if (omitInternal && !publication) throw new UsageError('--omit-internal hoort bij --publication');
    const scale = scaleOf(args);
    const chosen = OPTIONS.filter((o) => typeof args.options[o] === 'string').map((o) => ({ out: args.options[o] as string, output: outputOf(o, args.options[o] as string) }));
    if (chosen.length === 0) throw new UsageError(`kies wat u wilt exporteren: ${OPTIONS.map((o) => `--${o}`).join(', ')}`);
    const evidence = typeof args.options['evidence'] === 'string' ? args.options['evidence'].split(',').map((p) => p.trim()) : [];
    await readProject(file, async (doc) => {
      const run = await runExport(
        doc,
        {
          outputs: chosen.map((c) => c.output),
          publication,
          omitInternal,
          ...(scale !== undefined ? { scale } : {}),
          ...(lang ? { lang: lang as Language } : {}),
          ...(evidence.length > 0 ? { evidence: await readEvidenceSet(doc, evidence) } : {}),
        },
        { onScan: (scan) => printPrivacy(scan, io) },
      );
      const risks = Object.keys(run.doc.risks).length;
      for (const r of run.outputs) io.out(WROTE[r.kind](chosen.find((c) => c.output.kind === r.kind)!.out, r, risks));
    });
    return 0;
  },
};
