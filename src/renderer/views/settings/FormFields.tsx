/**
 * Labelled form rows for the settings and policy forms: a one-line text (commits on Enter or
 * leaving the field, Escape restores), a multi-line text (commits on leaving), a choice (commits
 * at once). `validate` refuses a value with a message shown beside the field. Each commit is one
 * undo entry, made by the caller through the store's `edit()`.
 */
import { useId } from 'react';
import type { MessageKey } from '../../../shared/i18n/t.ts';
import { lineInputProps, useTextDraft } from '../../panels/useTextDraft.ts';
import { ChoiceSelect } from '../../panels/ChoiceSelect.tsx';

interface TextProps {
  label: string;
  value: string;
  onCommit(value: string): void;
  validate?(value: string): string | null;
  hint?: string;
  multiline?: boolean;
  maxLength?: number;
  rows?: number;
}

export function FormText({ label, value, onCommit, validate, hint, multiline, maxLength = 500, rows = 3 }: TextProps) {
  const id = useId();
  const draft = useTextDraft(value, (text) => {
    if (!validate?.(text)) onCommit(multiline ? text : text.trim());
  });
  const problem = validate?.(draft.text) ?? null;
  const describedBy = [hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          value={draft.text}
          rows={rows}
          maxLength={maxLength}
          aria-describedby={describedBy}
          onChange={(e) => draft.setText(e.target.value)}
          onBlur={draft.commit}
          onKeyDown={(e) => e.key === 'Escape' && draft.cancel()}
        />
      ) : (
        <input id={id} maxLength={maxLength} aria-invalid={problem ? true : undefined} aria-describedby={describedBy} {...lineInputProps(draft)} />
      )}
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {problem && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}

export function FormChoice<V extends string>({ label, value, options, optionKey, onCommit, emptyLabel }: { label: string; value: V | null; options: readonly V[]; optionKey(v: V): MessageKey; onCommit(v: V | null): void; emptyLabel?: string }) {
  const id = useId();
  return (
    <div className="form-row">
      <label htmlFor={id}>{label}</label>
      <ChoiceSelect id={id} value={value} options={options} optionKey={optionKey} onCommit={onCommit} {...(emptyLabel !== undefined ? { emptyLabel } : {})} />
    </div>
  );
}
