/** Which part of the open risk is shown: its bow-tie or its "Beleid" panel (view state, not part of the document). */
import { create } from 'zustand';

export type RiskTab = 'bowtie' | 'policy';

export const useRiskTab = create<{ tab: RiskTab; setTab(tab: RiskTab): void }>()((set) => ({
  tab: 'bowtie',
  setTab: (tab) => set({ tab }),
}));
