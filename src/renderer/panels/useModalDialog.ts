/**
 * Keeps a native `<dialog>` shown as a modal while `open` is true, closed otherwise. One home for
 * the show/close dance of every dialog, so none of them opens it twice or leaves it open.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useModalDialog(open: boolean): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (open && d && !d.open) d.showModal();
    if (!open && d?.open) d.close();
  }, [open]);
  return ref;
}
