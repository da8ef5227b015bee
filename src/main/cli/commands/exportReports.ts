/**
 * The report kinds of `vlinder export`: --ivrp OUT.docx, --ivp OUT.docx, --ivp-each DIR,
 * --pdf OUT.pdf, --svg DIR, --png DIR, with --publication [--omit-internal], --scale N and
 * --evidence DATA.csv[,…] (open-data figures for the IVRP).
 * Before the first report is written, the project is scanned for personal data; findings are
 * printed as warnings (the export still runs — the user decides).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultMapping } from '../../../shared/evidence/mapping.ts';
import type { EvidenceSet } from '../../../shared/evidence/types.ts';
import type { ProjectDoc } from '../../../shared/model/doc.ts';
import { findingKind, findingPlace } from '../../../shared/privacy/describeFinding.ts';
import { scanDoc } from '../../../shared/privacy/scanDoc.ts';
import { buildIvp, buildIvpPerPriority } from '../../../shared/report/ivp/buildIvp.ts';
import { buildIvrp } from '../../../shared/report/ivrp/buildIvrp.ts';
import { publicationDoc } from '../../../shared/report/publication.ts';
import { fill } from '../../../shared/report/fmt.ts';
import { reportText } from '../../../shared/report/text/index.ts';
import { readStarterList } from '../../content/content.ts';
import { sourceResourcesDir } from '../../content/resourcesDir.ts';
import { writeFileAtomic } from '../../core/register.ts';
import { readEvidencePath } from '../../evidence/readEvidencePath.ts';
import { writeDiagramFiles } from '../../export/diagramFiles.ts';
import { reportDocx } from '../../export/docx/reportDocx.ts';
import { safeStem, uniquePath } from '../../export/fileNames.ts';
import { chromiumPrinter } from '../../export/print/chromiumPrinter.ts';
import { reportPdf } from '../../export/print/reportPdf.ts';
import { UsageError } from '../command.ts';
import type { ExportContext, ExportKind } from './exportKind.ts';

export const REPORT_FLAGS = ['publication', 'omit-internal'];
export const REPORT_VALUE_OPTIONS = ['scale', 'evidence'];

function flags(ctx: ExportContext) {
  const publication = ctx.args.options['publication'] === true;
  const omitInternal = ctx.args.options['omit-internal'] === true;
  if (omitInternal && !publication) throw new UsageError('--omit-internal hoort bij --publication');
  return { publication, omitInternal, lang: ctx.lang, date: new Date().toISOString().slice(0, 10) };
}

function scaleOf(ctx: ExportContext): number {
  const raw = ctx.args.options['scale'];
  if (raw === undefined) return 2;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0.5 || n > 4) throw new UsageError('--scale is een getal van 0,5 tot en met 4');
  return n;
}

const endsWith = (ext: string, option: string) => (out: string) => {
  if (!out.toLowerCase().endsWith(ext)) throw new UsageError(`--${option} verwacht een bestandsnaam op ${ext}`);
};

const evidenceRead = new WeakMap<ProjectDoc, Promise<EvidenceSet | undefined>>();

/**
 * `--evidence A.csv,B.xlsx`: open-data files for the IVRP's figures, read once per run (all or
 * nothing per file), each kind counted towards its default risk from the starter list.
 */
function evidenceOf(ctx: ExportContext): Promise<EvidenceSet | undefined> {
  const raw = ctx.args.options['evidence'];
  if (typeof raw !== 'string') return Promise.resolve(undefined);
  let pending = evidenceRead.get(ctx.doc);
  if (!pending) {
    pending = (async () => {
      const imports = await Promise.all(raw.split(',').map((p) => readEvidencePath(p.trim())));
      const kinds = new Set(imports.flatMap((i) => i.observations.map((o) => o.kind)));
      return { imports, mapping: defaultMapping(ctx.doc, kinds, readStarterList(sourceResourcesDir())) };
    })();
    evidenceRead.set(ctx.doc, pending);
  }
  return pending;
}

/** The options of one report build: flags plus the evidence, when given. */
async function reportOptions(ctx: ExportContext) {
  const evidence = await evidenceOf(ctx);
  return { ...flags(ctx), ...(evidence ? { evidence } : {}) };
}

const scanned = new WeakSet<ProjectDoc>();

/** Warns once per run about personal data in what is about to be exported. */
function privacyWarnings(ctx: ExportContext): void {
  if (scanned.has(ctx.doc)) return;
  scanned.add(ctx.doc);
  const f = flags(ctx);
  const doc = f.publication ? publicationDoc(ctx.doc, { omitInternal: f.omitInternal }) : ctx.doc;
  const findings = scanDoc(doc, { minConfidence: 'medium' });
  if (findings.length === 0 || !ctx.warn) return;
  ctx.warn(`Let op: mogelijk persoonsgegevens in het project (${findings.length}). Controleer dit voordat u de export deelt:`);
  for (const x of findings.slice(0, 20)) ctx.warn(`  - ${findingKind('nl', x)}: "${x.match}" (${findingPlace('nl', x)})`);
  if (findings.length > 20) ctx.warn(`  … en nog ${findings.length - 20}.`);
}

/** A kind that writes one Word report built from the project by `build`. */
function docxReport(option: string, build: typeof buildIvrp, what: string): ExportKind {
  return {
    option,
    valueName: 'OUT.docx',
    check: endsWith('.docx', option),
    async run(ctx) {
      privacyWarnings(ctx);
      const f = await reportOptions(ctx);
      await writeFileAtomic(ctx.out, await reportDocx(build(ctx.doc, f), f));
      return `${what} geschreven naar ${ctx.out}`;
    },
  };
}

export const REPORT_EXPORT_KINDS: ExportKind[] = [
  docxReport('ivrp', buildIvrp, 'IVRP-rapport'),
  docxReport('ivp', buildIvp, 'IVP-hoofdstukken'),
  {
    option: 'ivp-each',
    valueName: 'DIR',
    async run(ctx) {
      privacyWarnings(ctx);
      const f = flags(ctx);
      const tx = reportText(f.lang);
      await mkdir(ctx.out, { recursive: true });
      const taken = new Set<string>();
      const chapters = buildIvpPerPriority(ctx.doc, f);
      for (const { risk, report } of chapters) {
        const stem = safeStem(fill(tx.files.ivpOne, { code: risk.code, title: risk.title }) + (f.publication ? tx.files.publication : ''));
        await writeFileAtomic(uniquePath(ctx.out, `${stem}.docx`, taken), await reportDocx(report, f));
      }
      return `${chapters.length} IVP-hoofdstuk(ken) geschreven in ${ctx.out}`;
    },
  },
  {
    option: 'pdf',
    valueName: 'OUT.pdf',
    check: endsWith('.pdf', 'pdf'),
    async run(ctx) {
      privacyWarnings(ctx);
      const f = await reportOptions(ctx);
      const printer = chromiumPrinter();
      // On a terminal, say what takes the time (a 200-risk report takes seconds).
      const say = process.stderr.isTTY ? ctx.warn : undefined;
      const stages = { figures: 'figuren tekenen', print: 'afdrukken met Chromium', pageNumbers: 'paginanummers in de inhoudsopgave' };
      let stage = '';
      const onProgress = (s: keyof typeof stages) => {
        if (s !== stage) say?.(`PDF: ${stages[(stage = s)]}…`);
      };
      try {
        await writeFileAtomic(ctx.out, await reportPdf(buildIvrp(ctx.doc, f), printer, { ...f, onProgress }));
      } finally {
        await printer.close();
      }
      return `IVRP-rapport (PDF) geschreven naar ${ctx.out}`;
    },
  },
  {
    option: 'svg',
    valueName: 'DIR',
    async run(ctx) {
      privacyWarnings(ctx);
      const files = await writeDiagramFiles(ctx.doc, ctx.out, { svg: true, png: false, ...flags(ctx) });
      return `${files.length} SVG-diagram(men) geschreven in ${join(ctx.out)}`;
    },
  },
  {
    option: 'png',
    valueName: 'DIR',
    async run(ctx) {
      privacyWarnings(ctx);
      const files = await writeDiagramFiles(ctx.doc, ctx.out, { svg: false, png: true, scale: scaleOf(ctx), ...flags(ctx) });
      return `${files.length} PNG-diagram(men) geschreven in ${join(ctx.out)}`;
    },
  },
];
