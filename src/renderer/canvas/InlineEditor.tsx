/**
 * The text field that replaces a node's label while it is being named. Enter keeps the text
 * (and, for a new element, opens the next one), Tab / Shift+Tab keep it and go on to the next /
 * previous path ready to type a measure, Shift+Enter keeps it and opens an escalation factor
 * under the measure, Escape cancels, leaving the field keeps it.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useServices } from '../AppContext.tsx';
import { useT } from '../i18n/useT.ts';
import { cancelEditing, commitLabel } from './editing.ts';
import type { Onward } from './tabDrafts.ts';
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
  const finish = (commit: boolean, chain: boolean, then?: Onward) => {
    if (done.current) return;
    done.current = true;
    if (commit) commitLabel(ctx, riskId, value, then ? { then } : { chain });
    else cancelEditing();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    e.stopPropagation();
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Enter' && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      finish(true, true, e.shiftKey ? 'down' : undefined);
    } else if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      finish(true, false, e.shiftKey ? 'previous' : 'next');
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
