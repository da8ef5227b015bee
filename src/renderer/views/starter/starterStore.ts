/** Whether the starter dialog is open (the register's toolbar, the palette and the empty state open it). */
import { create } from 'zustand';

export const useStarterDialog = create<{ open: boolean; setOpen(open: boolean): void }>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));

export function openStarter(): void {
  useStarterDialog.getState().setOpen(true);
}
