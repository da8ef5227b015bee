/**
 * The risk matrix: likelihood × impact as a heat map in the project's bands (colour, pattern and
 * label, so it reads without colour and on a projector), risks as labelled dots. Click a dot to
 * open its bow-tie; drag it to another cell, or move it with the arrow keys, to re-score it (one
 * undo entry per move). The register's filters apply here too. The room view (a button, or the
 * palette) gives the grid the whole screen with titles beside the codes, for a projector.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { bandAbbreviation } from '../../../shared/diagram/matrixBands.ts';
import { filterRows } from '../../../shared/register/filterRows.ts';
import { matrixCells, stepClass } from '../../../shared/register/matrixCells.ts';
import { registerRows } from '../../../shared/register/registerRows.ts';
import type { Risk } from '../../../shared/model/entities.ts';
import { useDocState, type CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { RegisterFilters } from '../register/RegisterFilters.tsx';
import { rescoreRisk } from '../register/registerEdits.ts';
import { isFiltered, useRegisterView } from '../register/registerStore.ts';
import { openBowtie } from '../register/RegisterTable.tsx';
import { bandStyle } from './bandStyle.ts';
import { MatrixDot } from './MatrixDot.tsx';
import { openLiveSetup } from '../live/liveCommands.ts';
import { useMatrixDrag } from './useMatrixDrag.ts';
import { toggleRoomView, useMatrixView } from './matrixStore.ts';
import { useUi } from '../../store/uiStore.ts';
import './matrix.css';

export function MatrixView({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const doc = useDocState((s) => s.doc);
  const filter = useRegisterView((s) => s.filter);
  const [announce, setAnnounce] = useState('');
  const focusAfter = useRef<string | null>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const room = useMatrixView((s) => s.room);
  const projector = useUi((s) => s.theme === 'projector');

  const model = useMemo(() => {
    if (!doc) return null;
    const visible = isFiltered(filter) ? new Set(filterRows(registerRows(doc), filter).map((r) => r.risk.id)) : null;
    return matrixCells(doc, (r) => !visible || visible.has(r.id));
  }, [doc, filter]);

  // After a keyboard move the dot sits in another cell (a new element): give it focus back.
  useEffect(() => {
    if (!focusAfter.current) return;
    gridRef.current?.parentElement?.querySelector<HTMLElement>(`[data-risk-dot="${focusAfter.current}"]`)?.focus();
    focusAfter.current = null;
  });

  const move = (risk: Risk, likelihood: number, impact: number) => {
    const d = ctx.useDoc.getState().doc;
    if (!d) return;
    const scales = d.project.scales;
    const usesDims = scales.impactDimensions.some((dim) => dim.enabled && Object.values(d.scores).some((s) => s.riskId === risk.id && s.criterion === `impact.${dim.id}`));
    const current = model?.cells.flat().find((c) => c.risks.some((r) => r.id === risk.id));
    const impactChanged = !current || current.impact.value !== impact;
    if (usesDims && impactChanged) ctx.notify(t('matrix.impactFromDimensions', { code: risk.code }), 'error');
    rescoreRisk(ctx.useDoc, t('matrix.rescore', { code: risk.code }), risk.id, likelihood, usesDims ? null : impact);
    const lc = scales.likelihood.find((c) => c.value === likelihood)?.code ?? likelihood;
    const ic = scales.impact.find((c) => c.value === (usesDims && current ? current.impact.value : impact))?.code ?? impact;
    setAnnounce(t('matrix.moved', { code: risk.code, likelihood: lc, impact: ic }));
  };

  const { drag, handlers } = useMatrixDrag(
    (riskId, cell) => {
      const risk = doc?.risks[riskId];
      const [l, i] = cell.split(':').map(Number);
      if (risk && l && i) move(risk, l, i);
    },
    (riskId) => openBowtie(riskId),
  );

  if (!doc || !model) return null;
  const scales = doc.project.scales;

  const keyMove = (risk: Risk, key: string, at: { l: number | null; i: number | null }) => {
    const mid = (n: number) => [...scales.likelihood].sort((a, b) => a.value - b.value)[Math.floor((n - 1) / 2)]!.value;
    const l0 = at.l ?? mid(scales.likelihood.length);
    const i0 = at.i ?? [...scales.impact].sort((a, b) => a.value - b.value)[Math.floor((scales.impact.length - 1) / 2)]!.value;
    const first = at.l === null;
    const next =
      key === 'ArrowUp' ? [first ? l0 : stepClass(scales.likelihood, l0, 1), i0]
      : key === 'ArrowDown' ? [first ? l0 : stepClass(scales.likelihood, l0, -1), i0]
      : key === 'ArrowRight' ? [l0, first ? i0 : stepClass(scales.impact, i0, 1)]
      : [l0, first ? i0 : stepClass(scales.impact, i0, -1)];
    if (!first && next[0] === at.l && next[1] === at.i) return;
    focusAfter.current = risk.id;
    move(risk, next[0]!, next[1]!);
  };

  const dot = (risk: Risk, at: { l: number | null; i: number | null }) => (
    <MatrixDot
      key={risk.id}
      risk={risk}
      dragging={drag?.riskId === risk.id}
      label={at.l === null ? t('matrix.dotUnscored', { code: risk.code, title: risk.title }) : t('matrix.dot', { code: risk.code, title: risk.title, likelihood: scales.likelihood.find((c) => c.value === at.l)?.code ?? '', impact: scales.impact.find((c) => c.value === at.i)?.code ?? '' })}
      handlers={handlers(risk.id)}
      onKey={(key) => (key === 'Enter' ? openBowtie(risk.id) : keyMove(risk, key, at))}
      withTitle={room || projector}
    />
  );

  const columns = model.columns.length;
  return (
    <section
      className={`matrix-view${room ? ' is-room' : ''}`}
      aria-label={room ? `${t('view.matrix')} – ${t('matrix.roomView')}` : t('view.matrix')}
      onKeyDown={(e) => {
        if (room && e.key === 'Escape' && !drag) {
          e.stopPropagation();
          toggleRoomView();
        }
      }}
    >
      <header className="register-toolbar">
        {!room && <RegisterFilters doc={doc} />}
        <div className="register-actions">
          <button type="button" aria-pressed={room} onClick={toggleRoomView}>
            {t('matrix.roomView')}
          </button>
          <button type="button" onClick={() => openLiveSetup(isFiltered(filter) ? model.cells.flat().flatMap((c) => c.risks.map((r) => r.id)).concat(model.unscored.map((r) => r.id)) : null)}>
            {t('live.start')}
          </button>
        </div>
      </header>
      {!room && <p className="matrix-help">{t('matrix.help')}</p>}
      <div className="matrix-wrap">
        <div className="matrix-axis-y" aria-hidden="true">
          {t('register.col.likelihood')} ↑
        </div>
        <div className="matrix-grid" ref={gridRef} style={{ gridTemplateColumns: `minmax(7em, auto) repeat(${columns}, minmax(7.5em, 1fr))`, ...(room ? { gridTemplateRows: `repeat(${model.rows.length}, auto) min-content` } : {}) }} role="group" aria-label={t('matrix.label')}>
          {model.rows.map((l, r) => (
            <div className="matrix-row" key={l.value} style={{ display: 'contents' }}>
              <div className="matrix-row-label">
                <b>{l.code}</b> {l.label}
              </div>
              {model.cells[r]!.map((cell) => {
                const key = `${cell.likelihood.value}:${cell.impact.value}`;
                const over = drag?.over === key;
                const label = t('matrix.cell', { likelihood: cell.likelihood.code, impact: cell.impact.code, band: cell.band?.label ?? '–', count: cell.risks.length });
                return (
                  <div key={key} className={`matrix-cell${over ? ' drop-target' : ''}`} data-cell={key} role="group" aria-label={label} style={cell.band ? bandStyle(cell.band, scales.bands) : undefined}>
                    <span className="band-tag" title={cell.band?.label} aria-hidden="true">
                      {cell.band ? bandAbbreviation(cell.band.label) : ''} {cell.score}
                    </span>
                    <div className="dots">{cell.risks.map((risk) => dot(risk, { l: cell.likelihood.value, i: cell.impact.value }))}</div>
                  </div>
                );
              })}
            </div>
          ))}
          <div />
          {model.columns.map((c) => (
            <div key={c.value} className="matrix-col-label">
              <b>{c.code}</b> {c.label}
            </div>
          ))}
        </div>
        <div className="matrix-axis-x" aria-hidden="true">
          {t('register.col.impact')} →
        </div>
      </div>
      <ul className="matrix-legend" aria-label={t('register.col.band')}>
        {[...scales.bands]
          .sort((a, b) => a.min - b.min)
          .map((b) => (
            <li key={b.id}>
              <span className="legend-swatch" style={bandStyle(b, scales.bands)}>
                {bandAbbreviation(b.label)}
              </span>
              {b.label} ({b.min}–{b.max})
            </li>
          ))}
        <li>
          <span className="risk-dot dot-priority legend-dot" aria-hidden="true">
            R
          </span>
          {t('matrix.legendPriority')}
        </li>
      </ul>
      {(!room || model.unscored.length > 0) && (
      <div className="matrix-unscored" data-cell="" aria-label={t('matrix.unscored', { count: model.unscored.length })} role="group">
        <h2>{t('matrix.unscored', { count: model.unscored.length })}</h2>
        <div className="dots">{model.unscored.map((risk) => dot(risk, { l: null, i: null }))}</div>
      </div>
      )}
      {drag && (
        <div className="drag-ghost" style={{ left: drag.x, top: drag.y }} aria-hidden="true">
          {doc.risks[drag.riskId]?.code}
        </div>
      )}
      <div className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </div>
    </section>
  );
}
