/**
 * The one drop-down over a closed set (a vocabulary, a scale): each value shown by its message,
 * an empty choice when the field may be empty (or is), and one commit per choice. The inspector,
 * the settings forms and the settings tables all use it.
 */
import type { SelectHTMLAttributes } from 'react';
import type { MessageKey } from '../../shared/i18n/t.ts';
import { useT } from '../i18n/useT.ts';

export interface ChoiceSelectProps<V extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> {
  value: V | null;
  options: readonly V[];
  optionKey(v: V): MessageKey;
  onCommit(v: V | null): void;
  /** The text of the empty choice; without it there is one only while the value is empty. */
  emptyLabel?: string;
}

export function ChoiceSelect<V extends string>({ value, options, optionKey, onCommit, emptyLabel, ...rest }: ChoiceSelectProps<V>) {
  const t = useT();
  return (
    <select {...rest} value={value ?? ''} onChange={(e) => onCommit(e.target.value === '' ? null : (e.target.value as V))}>
      {(emptyLabel !== undefined || value === null) && <option value="">{emptyLabel ?? '–'}</option>}
      {options.map((o) => (
        <option key={o} value={o}>
          {t(optionKey(o))}
        </option>
      ))}
    </select>
  );
}
