/**
 * The register as a keyboard-first grid: arrow keys move between cells, Enter (or F2) edits,
 * typing a class code in a score column scores at once, Delete clears, Ctrl+Enter opens the
 * risk's bow-tie. Headers sort. Each change is one undo entry.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Band } from '../../../shared/model/scalesSchema.ts';
import type { RegisterRow } from '../../../shared/register/registerRows.ts';
import { useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { bandStyle } from '../matrix/bandStyle.ts';
import { AreasPicker } from './AreasPicker.tsx';
import { CellEditor } from './CellEditor.tsx';
import type { RegisterColumn } from './registerColumns.ts';
import { useRegisterView } from './registerStore.ts';
import type { CommandContext } from '../../AppContext.tsx';

interface Props {
  ctx: CommandContext;
  rows: RegisterRow[];
  columns: RegisterColumn[];
  bands: readonly Band[];
}

interface Editing {
  riskId: string;
  col: string;
  initial: string | null;
}

const cellKey = (riskId: string, col: string) => `${riskId}|${col}`;
const isMod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;

export function openBowtie(riskId: string): void {
  useUi.getState().openRisk(riskId);
  useUi.getState().setView('bowtie');
}

export function RegisterTable({ ctx, rows, columns, bands }: Props) {
  const t = useT();
  const active = useRegisterView((s) => s.active);
  const setActive = useRegisterView((s) => s.setActive);
  const sort = useRegisterView((s) => s.sort);
  const sortBy = useRegisterView((s) => s.sortBy);
  const [editing, setEditing] = useState<Editing | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const focusPending = useRef(false);

  const rowIndex = active ? rows.findIndex((r) => r.risk.id === active.riskId) : -1;
  const colIndex = active ? columns.findIndex((c) => c.id === active.col) : -1;
  const current = rowIndex >= 0 && colIndex >= 0 ? active : rows[0] && columns[0] ? { riskId: rows[0].risk.id, col: columns[1]?.id ?? columns[0].id } : null;

  // Move keyboard focus to the active cell after a keyboard move or when an edit ends.
  useEffect(() => {
    if (!focusPending.current || editing || !current) return;
    focusPending.current = false;
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${cellKey(current.riskId, current.col)}"]`)?.focus();
  });

  const go = (r: number, c: number) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, r))];
    const col = columns[Math.max(0, Math.min(columns.length - 1, c))];
    if (!row || !col) return;
    focusPending.current = true;
    setActive({ riskId: row.risk.id, col: col.id });
  };

  const endEdit = (move: 'down' | 'none') => {
    setEditing(null);
    focusPending.current = true;
    if (move === 'down') go(rowIndex + 1, colIndex);
  };

  const startEdit = (row: RegisterRow, col: RegisterColumn, initial: string | null = null) => {
    if (col.kind === 'open') return openBowtie(row.risk.id);
    if (!col.commit && col.kind !== 'areas') return;
    setActive({ riskId: row.risk.id, col: col.id });
    setEditing({ riskId: row.risk.id, col: col.id, initial });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (editing || rowIndex < 0 || colIndex < 0) return;
    const row = rows[rowIndex]!;
    const col = columns[colIndex]!;
    const handled = () => {
      e.preventDefault();
      e.stopPropagation();
    };
    const moves: Record<string, () => void> = {
      ArrowUp: () => go(rowIndex - 1, colIndex),
      ArrowDown: () => go(rowIndex + 1, colIndex),
      ArrowLeft: () => go(rowIndex, colIndex - 1),
      ArrowRight: () => go(rowIndex, colIndex + 1),
      PageUp: () => go(rowIndex - 10, colIndex),
      PageDown: () => go(rowIndex + 10, colIndex),
      Home: () => (isMod(e) ? go(0, colIndex) : go(rowIndex, 0)),
      End: () => (isMod(e) ? go(rows.length - 1, colIndex) : go(rowIndex, columns.length - 1)),
    };
    if (moves[e.key] && !e.altKey && !e.shiftKey) {
      handled();
      moves[e.key]!();
    } else if (e.key === 'Enter' && isMod(e)) {
      handled();
      openBowtie(row.risk.id);
    } else if (e.key === 'Enter' || e.key === 'F2' || (e.key === ' ' && col.kind !== 'text')) {
      handled();
      startEdit(row, col);
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && col.kind === 'choice' && col.commit) {
      handled();
      col.commit(ctx, row, '');
    } else if (e.key.length === 1 && !isMod(e) && !e.altKey) {
      const quick = col.quick?.(e.key);
      if (quick !== null && quick !== undefined && col.commit) {
        handled();
        col.commit(ctx, row, quick);
      } else if (col.kind === 'text') {
        handled();
        startEdit(row, col, e.key);
      }
    }
  };

  const ariaSort = (col: RegisterColumn) => (col.sort && sort.by === col.sort ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined);

  return (
    <table className="register-table" role="grid" aria-label={t('register.label')} aria-rowcount={rows.length + 1} ref={tableRef} onKeyDown={onKeyDown}>
      <thead>
        <tr>
          {columns.map((col) => (
            <th key={col.id} scope="col" className={col.className} aria-sort={ariaSort(col)} title={col.title}>
              {col.sort ? (
                <button type="button" className="sort-button" tabIndex={-1} onClick={() => sortBy(col.sort!)} aria-label={t('register.sort', { column: col.title ?? col.header })}>
                  {col.header}
                  <span aria-hidden="true" className="sort-mark">
                    {sort.by === col.sort ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              ) : (
                <span className="visually-hidden">{col.title}</span>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.risk.id} className={row.risk.id === current?.riskId ? 'row-active' : undefined}>
            {columns.map((col) => {
              const isActive = current?.riskId === row.risk.id && current.col === col.id;
              const isEditing = editing?.riskId === row.risk.id && editing.col === col.id;
              const flagged = row.outOfRange.includes(col.id);
              const label = `${row.risk.code} · ${col.title ?? col.header}`;
              return (
                <td
                  key={col.id}
                  role="gridcell"
                  data-cell={cellKey(row.risk.id, col.id)}
                  tabIndex={isActive && !isEditing ? 0 : -1}
                  className={[col.className, isActive ? 'cell-active' : '', flagged ? 'cell-review' : ''].join(' ')}
                  aria-label={col.kind === 'open' ? t('register.openRisk', { code: row.risk.code }) : undefined}
                  title={flagged ? t('register.review') : undefined}
                  onClick={() => {
                    setActive({ riskId: row.risk.id, col: col.id });
                    if (col.kind === 'choice' || col.kind === 'areas') startEdit(row, col);
                  }}
                  onDoubleClick={() => col.kind === 'text' && startEdit(row, col)}
                >
                  {isEditing && col.kind === 'areas' ? (
                    <>
                      {col.display(row)}
                      <AreasPicker ctx={ctx} row={row} onClose={() => endEdit('none')} />
                    </>
                  ) : isEditing ? (
                    <CellEditor
                      column={col}
                      row={row}
                      initial={editing.initial}
                      label={label}
                      onCommit={(value, move) => {
                        if (value !== (col.value?.(row) ?? '')) col.commit?.(ctx, row, value);
                        endEdit(move);
                      }}
                      onCancel={() => endEdit('none')}
                    />
                  ) : col.kind === 'band' && row.band ? (
                    <span className="band-chip" style={bandStyle(row.band, bands)}>
                      {row.band.label}
                    </span>
                  ) : col.kind === 'open' ? (
                    <button type="button" className="open-button" tabIndex={-1} onClick={() => openBowtie(row.risk.id)} aria-label={t('register.openRisk', { code: row.risk.code })}>
                      ›
                    </button>
                  ) : (
                    <>
                      {col.display(row)}
                      {flagged && <span className="review-mark" aria-label={t('register.review')}> ⚠</span>}
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
