/**
 * A text field that commits on Enter or when it loses focus and resets on Escape: one undo entry
 * per finished edit instead of one per keystroke. `validate` can refuse a value with a message.
 */
import { useEffect, useState } from 'react';

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
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const problem = validate?.(text) ?? (required && !text.trim() ? '' : null);
  const commit = () => {
    if (text === value) return;
    if (problem !== null) return;
    onCommit(text.trim());
  };
  return (
    <span className={`editable ${className ?? ''}`}>
      <input
        value={text}
        aria-label={label}
        aria-invalid={problem ? true : undefined}
        placeholder={placeholder}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setText(value);
        }}
      />
      {problem && <span className="field-error">{problem}</span>}
    </span>
  );
}
