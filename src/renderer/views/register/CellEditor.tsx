/**
 * The editor that replaces a register cell's text while editing: a text field or a list of
 * choices. Enter or a choice commits, Escape cancels, Tab commits and lets focus move on.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { RegisterRow } from '../../../shared/register/registerRows.ts';
import type { Choice, RegisterColumn } from './registerColumns.ts';

export interface CellEditorProps {
  column: RegisterColumn;
  row: RegisterRow;
  /** Text to start with (a typed character), instead of the current value. */
  initial: string | null;
  label: string;
  onCommit(value: string, move: 'down' | 'none'): void;
  onCancel(): void;
}

function grouped(choices: readonly Choice[]): [string | undefined, Choice[]][] {
  const out: [string | undefined, Choice[]][] = [];
  for (const c of choices) {
    const last = out[out.length - 1];
    if (last && last[0] === c.group) last[1].push(c);
    else out.push([c.group, [c]]);
  }
  return out;
}

export function CellEditor({ column, row, initial, label, onCommit: commit, onCancel: cancel }: CellEditorProps) {
  // Commit or cancel once: the editor may also lose focus while it is being removed.
  const done = useRef(false);
  const onCommit = (value: string, move: 'down' | 'none') => {
    if (done.current) return;
    done.current = true;
    commit(value, move);
  };
  const onCancel = () => {
    if (done.current) return;
    done.current = true;
    cancel();
  };
  const current = column.value?.(row) ?? '';
  const [text, setText] = useState(initial ?? current);
  // A choice picked with the mouse commits at once; arrow keys only move through the list until
  // Enter, Tab or leaving the field (Chrome fires "change" on every arrow press).
  const pointer = useRef(false);

  const keys = (e: KeyboardEvent<HTMLInputElement | HTMLSelectElement>, value: string) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onCommit(value, 'down');
    } else if (e.key === 'Tab') {
      onCommit(value, 'none');
    }
  };

  if (column.kind === 'choice') {
    return (
      <select
        className="cell-editor"
        autoFocus
        aria-label={label}
        value={text}
        onPointerDown={() => (pointer.current = true)}
        onChange={(e) => {
          setText(e.target.value);
          if (pointer.current) onCommit(e.target.value, 'none');
        }}
        onKeyDown={(e) => {
          pointer.current = false;
          keys(e, e.currentTarget.value);
        }}
        onBlur={(e) => (e.currentTarget.value !== current ? onCommit(e.currentTarget.value, 'none') : onCancel())}
      >
        {grouped(column.choices ?? []).map(([group, choices], i) =>
          group ? (
            <optgroup key={`${group}-${i}`} label={group}>
              {choices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </optgroup>
          ) : (
            choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))
          ),
        )}
      </select>
    );
  }
  return (
    <input
      className="cell-editor"
      autoFocus
      aria-label={label}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => keys(e, text)}
      onBlur={() => (text !== current ? onCommit(text, 'none') : onCancel())}
    />
  );
}
