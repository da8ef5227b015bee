/**
 * Questions the app asks in its own modal dialog (instead of `window.confirm`, which cannot offer
 * three answers, cannot be styled for the projector and is not translated by the browser):
 * `await ask(question)` resolves with the id of the chosen answer, or `cancel` on Escape.
 */
import { create } from 'zustand';

export interface Choice<C extends string> {
  id: C;
  label: string;
  /** The answer that has focus first (Enter picks it). */
  primary?: boolean;
  /** Shown as a destructive answer. */
  danger?: boolean;
}

export interface Question<C extends string> {
  title: string;
  message: string;
  hint?: string;
  choices: readonly Choice<C>[];
  /** What Escape (or closing the dialog) answers. */
  cancel: C;
}

export interface OpenQuestion extends Question<string> {
  answer(id: string): void;
}

export const useAsk = create<{ open: OpenQuestion | null }>(() => ({ open: null }));

export function ask<C extends string>(question: Question<C>): Promise<C> {
  // One question at a time: a new one cancels the one still open.
  useAsk.getState().open?.answer(useAsk.getState().open!.cancel);
  return new Promise<C>((resolve) => {
    const open: OpenQuestion = {
      ...question,
      answer(id) {
        if (useAsk.getState().open === open) useAsk.setState({ open: null });
        resolve(id as C);
      },
    };
    useAsk.setState({ open });
  });
}
