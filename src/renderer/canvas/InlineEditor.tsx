/**
 * The text field that replaces a node's label while it is being named. Enter keeps the text
 * (and, for a new element, opens the next one), Escape cancels, leaving the field keeps it.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useServices } from '../AppContext.tsx';
import { useT } from '../i18n/useT.ts';
import { cancelEditing, commitLabel } from './editing.ts';
import { useNotify } from './notifyContext.ts';

/** `typed`: the field was opened by typing its first character, so the caret goes after it (nothing selected). */
export function InlineEditor({ riskId, initial, typed = false, placeholder, label }: { riskId: string; initial: string; typed?: boolean; placeholder: string; label: string }) {
  const t = useT();
  const services = useServices();
  const notify = useNotify();
  const [value, setValue] = useState(initial);
  const done = useRef(false);
  const ref = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    if (typed) el.setSelectionRange(el.value.length, el.value.length);
    else el.select();
  }, [typed]);

  const ctx = { ...services, notify };
  const finish = (commit: boolean, chain: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) commitLabel(ctx, riskId, value, { chain });
    else cancelEditing();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    e.stopPropagation();
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      finish(true, true);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      finish(false, false);
    }
  };

  return (
    <textarea
      ref={ref}
      className="bt-inline-editor nodrag nopan nowheel"
      value={value}
      maxLength={500}
      rows={2}
      placeholder={placeholder}
      aria-label={label}
      title={t('canvas.editHint')}
      onChange={(e) => setValue(e.target.value.replace(/\n/g, ' '))}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true, false)}
    />
  );
}
