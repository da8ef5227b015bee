/** View state that is not part of the document: language, theme, current view and selection. */
import { create } from 'zustand';
import type { Language } from '../../shared/model/vocab.ts';
import { VIEW_NAMES, type ViewName } from './viewList.ts';

export type Theme = 'light' | 'dark' | 'projector';

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

/** Per-tab memory (sessionStorage): a reload of the page comes back to the same risk and view. */
const savedInTab = (key: string): string | null => {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
};
const saveInTab = (key: string, value: string | null) => {
  try {
    if (value === null) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, value);
  } catch {
    /* no storage: a reload starts without a risk open */
  }
};

export const useUi = create<UiState>()((set) => ({
  lang: saved('vlinder.lang') === 'en' ? 'en' : 'nl',
  theme: (['light', 'dark', 'projector'] as const).find((t) => t === saved('vlinder.theme')) ?? 'light',
  view: VIEW_NAMES.find((v) => v === savedInTab('vlinder.view')) ?? 'bowtie',
  riskId: savedInTab('vlinder.riskId'),
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
  setView(view) {
    saveInTab('vlinder.view', view);
    set({ view });
  },
  openRisk(riskId) {
    saveInTab('vlinder.riskId', riskId);
    set({ riskId, selection: null });
  },
  select: (selection) => set({ selection }),
  setPaletteOpen: (paletteOpen) => set({ paletteOpen }),
  setShortcutsOpen: (shortcutsOpen) => set({ shortcutsOpen }),
}));
