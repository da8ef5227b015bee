/**
 * A text field that commits on Enter or when it loses focus and resets on Escape: one undo entry
 * per finished edit instead of one per keystroke. `validate` can refuse a value with a message.
 */
import { lineInputProps, useTextDraft } from '../../panels/useTextDraft.ts';

interface Props {
  value: string;
  label: string;
  onCommit(value: string): void;
  validate?(value: string): string | null;
  className?: string;
  placeholder?: string;
  required?: boolean;
}

export function EditableText({ value, label, onCommit, validate, className, placeholder, required }: Props) {
  const problemOf = (text: string) => validate?.(text) ?? (required && !text.trim() ? '' : null);
  const draft = useTextDraft(value, (text) => {
    if (problemOf(text) === null) onCommit(text.trim());
  });
  const problem = problemOf(draft.text);
  return (
    <span className={`editable ${className ?? ''}`}>
      <input
        {...lineInputProps(draft)}
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        placeholder={placeholder}
      />
      {problem && <span className="field-error">{problem}</span>}
    </span>
  );
}
