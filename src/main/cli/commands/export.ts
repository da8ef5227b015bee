/**
 * `vlinder export FILE --register OUT.xlsx|.csv [--lang nl|en] …`: exports from a project file
 * without opening the app. Each kind of export is one entry of EXPORT_KINDS (an option that
 * names an output path, and a function that writes it); several kinds can run in one call.
 * Add a kind by adding an entry here, with its implementation in src/main/export.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Language } from '../../../shared/model/vocab.ts';
import { registerBytes, registerFormatOf, writeFileAtomic } from '../../core/register.ts';
import { UsageError, type CliCommand } from '../command.ts';
import type { ExportKind } from './exportKind.ts';
import { REPORT_EXPORT_KINDS, REPORT_FLAGS, REPORT_VALUE_OPTIONS } from './exportReports.ts';
import { readProject } from './projectFile.ts';

export const EXPORT_KINDS: ExportKind[] = [
  {
    option: 'register',
    valueName: 'OUT.xlsx|.csv',
    check(out) {
      if (!registerFormatOf(out)) throw new UsageError('--register verwacht een bestandsnaam op .xlsx of .csv');
    },
    async run({ doc, out, lang }) {
      const bytes = await registerBytes(doc, registerFormatOf(out)!, lang);
      await writeFileAtomic(out, bytes);
      return `Risicolijst geschreven naar ${out} (${Object.keys(doc.risks).length} risico’s)`;
    },
  },
  ...REPORT_EXPORT_KINDS,
];

/** Flags shared by the kinds (e.g. --publication) may be declared here by the kinds that use them. */
export const EXPORT_FLAGS: string[] = [...REPORT_FLAGS];
export const EXPORT_VALUE_OPTIONS: string[] = ['lang', ...REPORT_VALUE_OPTIONS];

export const exportCommand: CliCommand = {
  name: 'export',
  get usage() {
    return `export FILE ${EXPORT_KINDS.map((k) => `[--${k.option} ${k.valueName}]`).join(' ')} [--publication [--omit-internal]] [--scale N] [--evidence DATA.csv[,…]] [--lang nl|en]`;
  },
  summary: 'risicolijst (en andere exports) schrijven zonder de app te openen',
  get valueOptions() {
    return [...EXPORT_KINDS.map((k) => k.option), ...EXPORT_VALUE_OPTIONS];
  },
  async run(args, io) {
    const [file, ...rest] = args.positionals;
    if (!file || rest.length > 0) throw new UsageError('geef precies één projectbestand');
    const known = new Set([...EXPORT_KINDS.map((k) => k.option), ...EXPORT_VALUE_OPTIONS, ...EXPORT_FLAGS]);
    const unknown = Object.keys(args.options).find((o) => !known.has(o));
    if (unknown) throw new UsageError(`onbekende optie --${unknown}`);
    const lang = args.options['lang'];
    if (lang !== undefined && lang !== 'nl' && lang !== 'en') throw new UsageError('--lang is nl of en');
    const chosen = EXPORT_KINDS.filter((k) => typeof args.options[k.option] === 'string');
    if (chosen.length === 0) throw new UsageError(`kies wat u wilt exporteren: ${EXPORT_KINDS.map((k) => `--${k.option}`).join(', ')}`);
    for (const k of chosen) k.check?.(args.options[k.option] as string);
    await readProject(file, async (doc) => {
      // Output folders that do not exist yet are made, as a user naming them expects.
      for (const k of chosen) {
        const out = resolve(args.options[k.option] as string);
        await mkdir(k.valueName === 'DIR' ? out : dirname(out), { recursive: true });
      }
      for (const k of chosen) io.out(await k.run({ doc, out: args.options[k.option] as string, args, lang: (lang as Language | undefined) ?? doc.project.language, warn: (line) => io.err(line) }));
    });
    return 0;
  },
};
