/** The template dialog: closed, choosing a template to apply, or saving the open bow-tie as one. */
import { create } from 'zustand';

export type TemplateMode = 'apply' | 'save';

export const useTemplateDialog = create<{ mode: TemplateMode | null; riskId: string | null; show(mode: TemplateMode, riskId: string): void; close(): void }>()((set) => ({
  mode: null,
  riskId: null,
  show: (mode, riskId) => set({ mode, riskId }),
  close: () => set({ mode: null, riskId: null }),
}));
