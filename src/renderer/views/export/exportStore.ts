/**
 * The export dialog's state and actions: what to export, which variant, where to; the privacy
 * check of what would go out; the running job, polled until it is done. Components only render
 * this state and call these actions.
 */
import { create } from 'zustand';
import type { ApiErrorData } from '../../../shared/api/errors.ts';
import type { ExportJob, ExportKind, PrivacyScan } from '../../../shared/api/methods/export.ts';
import { ClientError } from '../../api/client.ts';
import { pickPath } from '../../commands/pickPath.ts';
import type { CommandContext } from '../../AppContext.tsx';

export type Variant = 'full' | 'publication';

export interface ExportState {
  open: boolean;
  kinds: ExportKind[];
  variant: Variant;
  omitInternal: boolean;
  scale: number;
  folder: string;
  host: string;
  scan: PrivacyScan | null;
  scanning: boolean;
  /** The user looked at the findings and chose to export anyway. */
  acknowledged: boolean;
  job: ExportJob | null;
  error: ApiErrorData | null;
  toggleKind(kind: ExportKind): void;
  setScale(scale: number): void;
  setFolder(folder: string): void;
  setAcknowledged(v: boolean): void;
  close(): void;
}

export const useExport = create<ExportState>()((set) => ({
  open: false,
  kinds: ['ivrp'],
  variant: 'full',
  omitInternal: false,
  scale: 2,
  folder: '',
  host: 'web',
  scan: null,
  scanning: false,
  acknowledged: false,
  job: null,
  error: null,
  toggleKind: (kind) => set((s) => ({ kinds: s.kinds.includes(kind) ? s.kinds.filter((k) => k !== kind) : [...s.kinds, kind] })),
  setScale: (scale) => set({ scale }),
  setFolder: (folder) => set({ folder }),
  setAcknowledged: (acknowledged) => set({ acknowledged }),
  close: () => set({ open: false }),
}));

const errorOf = (err: unknown): ApiErrorData => (err instanceof ClientError ? err.data : { code: 'internal', messageKey: 'error.internal', params: { method: 'export' } });

/** Findings that need a look before sharing (high and medium confidence). */
export function serious(scan: PrivacyScan | null): number {
  return scan ? scan.counts.high + scan.counts.medium : 0;
}

/** Whether the Export button may be pressed now. */
export function canStart(s: ExportState): boolean {
  const busy = s.job?.state === 'running';
  return !busy && !s.scanning && s.kinds.length > 0 && s.folder.trim() !== '' && (serious(s.scan) === 0 || s.acknowledged);
}

/** Scans what the chosen variant would export. */
export async function rescan(ctx: CommandContext): Promise<void> {
  const sessionId = ctx.useDoc.getState().sessionId;
  if (!sessionId) return;
  const { variant, omitInternal } = useExport.getState();
  useExport.setState({ scanning: true, acknowledged: false });
  try {
    await ctx.useDoc.getState().whenPersisted();
    const scan = await ctx.call('export.scan', { sessionId, publication: variant === 'publication', omitInternal: variant === 'publication' && omitInternal });
    useExport.setState({ scan, scanning: false });
  } catch (err) {
    useExport.setState({ scan: null, scanning: false, error: errorOf(err) });
  }
}

export async function openExportDialog(ctx: CommandContext): Promise<void> {
  const sessionId = ctx.useDoc.getState().sessionId;
  if (!sessionId) return;
  useExport.setState({ open: true, job: null, error: null, scan: null });
  const [info, folder] = await Promise.all([
    ctx.call('app.info', {}).catch(() => ({ host: 'web' as const })),
    useExport.getState().folder ? Promise.resolve({ folder: useExport.getState().folder }) : ctx.call('export.defaultFolder', { sessionId }).catch(() => ({ folder: '' })),
  ]);
  useExport.setState({ host: info.host, folder: folder.folder });
  await rescan(ctx);
}

export async function setVariant(ctx: CommandContext, variant: Variant, omitInternal: boolean): Promise<void> {
  useExport.setState({ variant, omitInternal });
  await rescan(ctx);
}

/** The folder to export to: picked in the native dialog (desktop app) or the in-app chooser (browser). */
export async function browseFolder(ctx: CommandContext, defaultName: string): Promise<void> {
  const current = useExport.getState().folder.trim();
  const folder = await pickPath(ctx, { mode: 'folder', extensions: ['.docx', '.pdf'], defaultName, ...(current ? { folder: current } : {}) });
  if (folder) useExport.setState({ folder });
}

const POLL_MS = 300;

export async function startExport(ctx: CommandContext): Promise<void> {
  const sessionId = ctx.useDoc.getState().sessionId;
  const s = useExport.getState();
  if (!sessionId || !canStart(s)) return;
  useExport.setState({ error: null });
  try {
    await ctx.useDoc.getState().whenPersisted();
    let job = await ctx.call('export.start', {
      sessionId,
      folder: s.folder.trim(),
      kinds: s.kinds,
      publication: s.variant === 'publication',
      omitInternal: s.variant === 'publication' && s.omitInternal,
      scale: s.scale,
    });
    useExport.setState({ job });
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, POLL_MS));
      job = await ctx.call('export.status', { jobId: job.jobId });
      useExport.setState({ job });
    }
    if (job.error) useExport.setState({ error: job.error });
  } catch (err) {
    useExport.setState({ error: errorOf(err), job: null });
  }
}

/** Shows the written files in the system's file manager (desktop app only). */
export async function showFolder(ctx: CommandContext): Promise<void> {
  const first = useExport.getState().job?.files[0];
  if (first) await ctx.call('shell.showItem', { path: first }).catch(() => undefined);
}
