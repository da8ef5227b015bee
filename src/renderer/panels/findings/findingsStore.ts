/**
 * View state of the findings panel: whether it is expanded and whether the list of ignored
 * findings is shown. Which findings are ignored is part of the document (each risk's
 * `dismissedFindings`), so it is saved with the project and undone like any edit.
 */
import { create } from 'zustand';

export interface FindingsState {
  open: boolean;
  /** The list of ignored findings (who, when, why) is expanded. */
  showDismissed: boolean;
  setOpen(open: boolean): void;
  setShowDismissed(show: boolean): void;
}

export const useFindings = create<FindingsState>()((set) => ({
  open: false,
  showDismissed: false,
  setOpen: (open) => set({ open }),
  setShowDismissed: (showDismissed) => set({ showDismissed }),
}));
