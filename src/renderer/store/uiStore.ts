/** View state that is not part of the document: language, theme, current view and selection. */
import { create } from 'zustand';
import type { Language } from '../../shared/model/vocab.ts';

export type Theme = 'light' | 'dark' | 'projector';
export type ViewName = 'bowtie' | 'register' | 'matrix' | 'links' | 'settings';

export interface UiState {
  lang: Language;
  theme: Theme;
  view: ViewName;
  riskId: string | null;
  /** Selected node key in the bow-tie (see src/shared/layout). */
  selection: string | null;
  paletteOpen: boolean;
  shortcutsOpen: boolean;
  setLang(lang: Language): void;
  setTheme(theme: Theme): void;
  setView(view: ViewName): void;
  openRisk(riskId: string | null): void;
  select(key: string | null): void;
  setPaletteOpen(open: boolean): void;
  setShortcutsOpen(open: boolean): void;
}

const saved = (key: string): string | null => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const save = (key: string, value: string) => {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* storage may be unavailable (private mode); the setting just isn't remembered */
  }
};

export const useUi = create<UiState>()((set) => ({
  lang: saved('vlinder.lang') === 'en' ? 'en' : 'nl',
  theme: (['light', 'dark', 'projector'] as const).find((t) => t === saved('vlinder.theme')) ?? 'light',
  view: 'bowtie',
  riskId: null,
  selection: null,
  paletteOpen: false,
  shortcutsOpen: false,
  setLang(lang) {
    save('vlinder.lang', lang);
    document.documentElement.lang = lang;
    set({ lang });
  },
  setTheme(theme) {
    save('vlinder.theme', theme);
    set({ theme });
  },
  setView: (view) => set({ view }),
  openRisk: (riskId) => set({ riskId, selection: null }),
  select: (selection) => set({ selection }),
  setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
}));
