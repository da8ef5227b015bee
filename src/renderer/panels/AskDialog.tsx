/**
 * The app's modal question (see store/askStore.ts): a native `<dialog>` shown with showModal, so
 * the rest of the window is inert. Tab and Shift+Tab stay among the answers, Escape answers
 * "cancel", and focus goes back to where it was when the dialog closes.
 */
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { useAsk, type OpenQuestion } from '../store/askStore.ts';

export function AskDialog() {
  const open = useAsk((s) => s.open);
  return open ? <Ask key={open.title + open.message} q={open} /> : null;
}

function Ask({ q }: { q: OpenQuestion }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = ref.current;
    if (d && !d.open) d.showModal();
    d?.querySelector<HTMLButtonElement>('button[data-primary]')?.focus();
    return () => {
      if (d?.open) d.close();
      if (before?.isConnected) before.focus();
    };
  }, []);

  const trapTab = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Tab') return;
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(i + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length];
    e.preventDefault();
    next?.focus();
  };

  return (
    <dialog
      ref={ref}
      className="ask-dialog"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onCancel={(e) => {
        e.preventDefault();
        q.answer(q.cancel);
      }}
      onKeyDown={(e) => {
        // Keys in the question never reach the shortcuts of the view behind it.
        e.stopPropagation();
        trapTab(e);
      }}
    >
      <h2 id={titleId}>{q.title}</h2>
      <p id={messageId}>{q.message}</p>
      {q.hint && <p className="hint">{q.hint}</p>}
      <div className="dialog-actions">
        {q.choices.map((c) => (
          <button key={c.id} type="button" className={c.primary ? 'primary' : c.danger ? 'danger' : undefined} data-primary={c.primary ? '' : undefined} onClick={() => q.answer(c.id)}>
            {c.label}
          </button>
        ))}
      </div>
    </dialog>
  );
}
