/**
 * The state of the import dialog: the list read from a file, the column mapping the user is
 * adjusting, and the plan (preview) derived from both. Planning is pure and runs on every change
 * of the mapping, against the current document.
 */
import { create } from 'zustand';
import type { ListFileResult } from '../../../shared/api/methods/register.ts';
import type { ProjectDoc } from '../../../shared/model/doc.ts';
import { detectMapping, type ColumnMapping } from '../../../shared/register/columns.ts';
import { planImport, type ImportPlan } from '../../../shared/register/planImport.ts';
import { toSheetTable, type SheetTable } from '../../../shared/register/sheetTable.ts';

export interface ImportState {
  open: boolean;
  busy: boolean;
  file: ListFileResult | null;
  table: SheetTable | null;
  mapping: ColumnMapping;
  plan: ImportPlan | null;
  show(): void;
  close(): void;
  setBusy(busy: boolean): void;
  load(file: ListFileResult, doc: ProjectDoc): void;
  remap(column: number, target: ColumnMapping[number], doc: ProjectDoc): void;
  /** Plans again against `doc` (when the document changed while the dialog was open). */
  replan(doc: ProjectDoc): void;
}

export const useImport = create<ImportState>()((set, get) => ({
  open: false,
  busy: false,
  file: null,
  table: null,
  mapping: [],
  plan: null,
  show: () => set({ open: true, busy: false, file: null, table: null, mapping: [], plan: null }),
  close: () => set({ open: false, busy: false, file: null, table: null, mapping: [], plan: null }),
  setBusy: (busy) => set({ busy }),
  load(file, doc) {
    const table = toSheetTable(file.records, doc.project.scales);
    const mapping = detectMapping(table.headers, doc.project.scales);
    set({ file, table, mapping, plan: planImport(doc, table, mapping), busy: false });
  },
  remap(column, target, doc) {
    const { table, mapping } = get();
    if (!table) return;
    const next = mapping.map((m, i) => (i === column ? target : m));
    set({ mapping: next, plan: planImport(doc, table, next) });
  },
  replan(doc) {
    const { table, mapping } = get();
    if (table) set({ plan: planImport(doc, table, mapping) });
  },
}));

/** Reads a File picked in the browser as base64 (for `register.readList`). */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
