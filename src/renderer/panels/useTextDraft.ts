/**
 * The text of a field while it is being edited: Enter or leaving the field commits it (once, and
 * only when it changed), Escape restores the value from before the edit and commits nothing.
 *
 * Why a ref beside the state: Escape is often followed at once by a blur (the inspector hands
 * focus back to the bow-tie in the same key press). The blur handler still sees the render from
 * before Escape, so it must read what to commit from the ref that Escape already reset.
 */
import { useEffect, useRef, useState } from 'react';

export interface TextDraft {
  text: string;
  setText(text: string): void;
  /** Commits the typed text if it differs from the value (Enter, blur). */
  commit(): void;
  /** Back to the value from before the edit (Escape). */
  cancel(): void;
}

export function useTextDraft(value: string, onCommit: (text: string) => void): TextDraft {
  const [text, setState] = useState(value);
  const live = useRef(value);
  useEffect(() => {
    live.current = value;
    setState(value);
  }, [value]);
  return {
    text,
    setText(next) {
      live.current = next;
      setState(next);
    },
    commit() {
      if (live.current !== value) onCommit(live.current);
    },
    cancel() {
      live.current = value;
      setState(value);
    },
  };
}

/** The bindings of a one-line input to a draft: typing edits it, Enter and blur commit, Escape restores. */
export function lineInputProps(draft: TextDraft) {
  return {
    value: draft.text,
    onChange: (e: { target: { value: string } }) => draft.setText(e.target.value),
    onBlur: draft.commit,
    onKeyDown: (e: { key: string }) => {
      if (e.key === 'Enter') draft.commit();
      if (e.key === 'Escape') draft.cancel();
    },
  };
}
