/**
 * The inspector's form controls. Text commits when the field is left (or on Enter for one-line
 * fields) and only when it changed; Escape restores the value from before the edit; choices
 * commit at once. Each commit is one undo entry.
 */
import { useId, type ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import type { MessageKey } from '../../shared/i18n/t.ts';
import { lineInputProps, useTextDraft } from './useTextDraft.ts';
import { ChoiceSelect } from './ChoiceSelect.tsx';

interface Base {
  label: string;
  /** Focus target of the "go to properties" command. */
  autoFocusTarget?: boolean;
}

function Row({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="insp-row">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

export function TextField({ label, value, onCommit, multiline, autoFocusTarget, maxLength = 500 }: Base & { value: string; onCommit(v: string): void; multiline?: boolean; maxLength?: number }) {
  const id = useId();
  const draft = useTextDraft(value, onCommit);
  const common = {
    id,
    value: draft.text,
    maxLength,
    onChange: (e: { target: { value: string } }) => draft.setText(e.target.value),
    onBlur: draft.commit,
    ...(autoFocusTarget ? { 'data-autofocus': '' } : {}),
  };
  return (
    <Row id={id} label={label}>
      {multiline ? (
        <textarea {...common} rows={3} onKeyDown={(e) => e.key === 'Escape' && draft.cancel()} />
      ) : (
        <input {...common} onKeyDown={lineInputProps(draft).onKeyDown} />
      )}
    </Row>
  );
}

export function SelectField<V extends string>({ label, value, options, optionKey, onCommit, allowEmpty, autoFocusTarget }: Base & { value: V | null; options: readonly V[]; optionKey(v: V): MessageKey; onCommit(v: V | null): void; allowEmpty?: boolean }) {
  const t = useT();
  const id = useId();
  return (
    <Row id={id} label={label}>
      <ChoiceSelect
        id={id}
        value={value}
        options={options}
        optionKey={optionKey}
        onCommit={onCommit}
        {...(allowEmpty || value === null ? { emptyLabel: t('inspector.notSet') } : {})}
        {...(autoFocusTarget ? { 'data-autofocus': '' } : {})}
      />
    </Row>
  );
}

export function CheckField({ label, value, onCommit }: Base & { value: boolean; onCommit(v: boolean): void }) {
  const id = useId();
  return (
    <div className="insp-row insp-check">
      <input id={id} type="checkbox" checked={value} onChange={(e) => onCommit(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A year (1900–2200) or empty. */
export function YearField({ label, value, onCommit }: Base & { value: number | null; onCommit(v: number | null): void }) {
  const id = useId();
  const draft = useTextDraft(value === null ? '' : String(value), (text) => {
    const n = text.trim() === '' ? null : Number(text);
    if (n !== null && (!Number.isInteger(n) || n < 1900 || n > 2200)) return draft.cancel();
    if (n !== value) onCommit(n);
  });
  return (
    <Row id={id} label={label}>
      <input
        id={id}
        inputMode="numeric"
        {...lineInputProps(draft)}
      />
    </Row>
  );
}
