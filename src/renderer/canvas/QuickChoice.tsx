/**
 * The quick-choice line: O, S or W on a selected measure opens a one-line list of its owner,
 * status or effectiveness choices at the foot of the canvas, numbered. A digit chooses at once;
 * typed letters narrow the list and Enter takes the first (for the owner a name that is not in
 * the list adds that partner). The list opens on the choice last made with it, so Enter alone
 * gives the next measure the same owner. One choice is one edit; Escape closes without a
 * change; the keyboard goes back to the measure either way.
 */
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { MessageKey } from '../../shared/i18n/t.ts';
import { updateMeasure, type MeasurePatch } from '../../shared/model/ops/measures.ts';
import { addPartner } from '../../shared/model/ops/partners.ts';
import { EFFECTIVENESS, MEASURE_STATUS } from '../../shared/model/vocab.ts';
import { useDocState, type CommandContext } from '../AppContext.tsx';
import { useT } from '../i18n/useT.ts';
import { useUi } from '../store/uiStore.ts';
import { canvasBridge } from './canvasBridge.ts';
import { useEditor, type QuickField } from './editorStore.ts';
import { parseNodeKey } from './nodeKey.ts';

interface Option {
  label: string;
  patch: MeasurePatch;
}

/** The label last chosen per field (for the session), where the list opens next time. */
const lastChosen: Partial<Record<QuickField, string>> = {};

const FIELD_LABEL: Record<QuickField, MessageKey> = { owner: 'inspector.owner', status: 'inspector.status', effectiveness: 'inspector.effectiveness' };

export function QuickChoice({ ctx, riskId }: { ctx: CommandContext; riskId: string }) {
  const choice = useEditor((s) => s.choice);
  if (!choice) return null;
  return <QuickChoiceLine key={`${choice.field}:${choice.key}`} ctx={ctx} riskId={riskId} field={choice.field} nodeKey={choice.key} />;
}

/** Most choices shown at once (0–9); letters find the others. */
const SHOWN = 10;

/** Closes the line with the keyboard straight back on the measure, so the next key goes on. */
function close(nodeKey: string): void {
  useUi.getState().select(nodeKey);
  canvasBridge.get()?.focus(nodeKey);
  useEditor.getState().setChoice(null);
  requestAnimationFrame(() => {
    if (!document.activeElement || document.activeElement === document.body) canvasBridge.get()?.focus(nodeKey);
  });
}

function QuickChoiceLine({ ctx, riskId, field, nodeKey }: { ctx: CommandContext; riskId: string; field: QuickField; nodeKey: string }) {
  const t = useT();
  const id = useId();
  const doc = useDocState((s) => s.doc);
  const [text, setText] = useState('');
  const [at, setAt] = useState<number | null>(null);
  const ref = parseNodeKey(nodeKey);
  const placement = ref?.kind === 'measure' ? doc?.placements[ref.id] : undefined;
  const measure = placement ? doc?.measures[placement.measureId] : undefined;

  const options = useMemo<Option[]>(() => {
    if (field === 'status') return MEASURE_STATUS.map((status) => ({ label: t(`vocab.measureStatus.${status}` as MessageKey), patch: { status } }));
    if (field === 'effectiveness') return EFFECTIVENESS.map((effectiveness) => ({ label: t(`vocab.effectiveness.${effectiveness}` as MessageKey), patch: { effectiveness } }));
    const partners = Object.values(doc?.partners ?? {}).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    return [{ label: t('inspector.notSet'), patch: { ownerId: null } }, ...partners.map((p) => ({ label: p.name, patch: { ownerId: p.id } }))];
  }, [field, doc?.partners, t]);

  if (!measure) return null;
  // The owner list numbers "not set" 0, so the partners start at 1; the other lists start at 1.
  const first = field === 'owner' ? 0 : 1;
  const needle = text.trim().toLocaleLowerCase('nl');
  const matching = options.map((o, i) => ({ ...o, n: i + first })).filter((o) => !needle || o.label.toLocaleLowerCase('nl').includes(needle));
  // The last choice stays in sight (where the list opens) even when it is far down the list.
  const last = matching.findIndex((o) => o.label === lastChosen[field]);
  const shown = needle || last < SHOWN ? matching.slice(0, SHOWN) : [...matching.slice(0, SHOWN - 1), matching[last]!];
  const more = matching.length - shown.length;
  const adds = field === 'owner' && needle !== '' && !options.some((o) => o.label.toLocaleLowerCase('nl') === needle);
  const count = shown.length + (adds ? 1 : 0);
  const opening = Math.max(0, shown.findIndex((o) => o.label === lastChosen[field]));
  const active = Math.min(at ?? (needle ? 0 : opening), Math.max(count - 1, 0));

  const store = (patch: MeasurePatch, label: string) => {
    lastChosen[field] = label;
    ctx.useDoc.getState().edit(t(FIELD_LABEL[field]), (d) => updateMeasure(d, measure.id, patch), { riskId });
    close(nodeKey);
  };
  const addOwner = () => {
    const name = text.trim();
    lastChosen[field] = name;
    ctx.useDoc.getState().edit(
      t('inspector.owner'),
      (d) => {
        const ownerId = addPartner(d, { name, kind: 'other' });
        updateMeasure(d, measure.id, { ownerId });
      },
      { riskId },
    );
    close(nodeKey);
  };
  const take = (i: number) => {
    const o = shown[i];
    if (o) store(o.patch, o.label);
    else if (adds && i === shown.length) addOwner();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation();
    if (e.nativeEvent.isComposing) return;
    if (text === '' && /^[0-9]$/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      const o = shown.find((s) => s.n === Number(e.key));
      if (o) store(o.patch, o.label);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      take(active);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setAt((active + (e.key === 'ArrowDown' ? 1 : count - 1)) % Math.max(count, 1));
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      close(nodeKey);
    }
  };

  const titleKey = `quick.title.${field}` as MessageKey;
  const box = useRef<HTMLDivElement>(null);
  const atTop = useClearOfNode(box, nodeKey);
  return (
    <div ref={box} className={`bt-quick nodrag nopan nowheel${atTop ? ' is-top' : ''}`} role="group" aria-labelledby={`${id}-title`}>
      <span id={`${id}-title`} className="bt-quick-title">{t(titleKey, { label: measure.label })}</span>
      <input
        autoFocus
        className="bt-quick-input"
        value={text}
        placeholder={t(field === 'owner' ? 'quick.filterOwner' : 'quick.filter')}
        aria-label={t(titleKey, { label: measure.label })}
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={`${id}-o${active}`}
        onChange={(e) => {
          setText(e.target.value);
          setAt(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => useEditor.getState().setChoice(null)}
      />
      <ul id={`${id}-list`} role="listbox" className="bt-quick-list" aria-label={t(FIELD_LABEL[field])}>
        {shown.map((o, i) => (
          <li key={o.n} id={`${id}-o${i}`} role="option" aria-selected={i === active} className={i === active ? 'is-active' : undefined} onMouseDown={(e) => { e.preventDefault(); store(o.patch, o.label); }}>
            {o.n <= 9 && <kbd>{o.n}</kbd>} {o.label}
          </li>
        ))}
        {more > 0 && <li className="bt-quick-more" aria-hidden="true">{t('quick.more', { count: more })}</li>}
        {adds && (
          <li id={`${id}-o${shown.length}`} role="option" aria-selected={active === shown.length} className={active === shown.length ? 'is-active' : undefined} onMouseDown={(e) => { e.preventDefault(); addOwner(); }}>
            {t('quick.newPartner', { name: text.trim() })}
          </li>
        )}
      </ul>
      <span className="bt-quick-hint">{t('quick.hint')}</span>
    </div>
  );
}

/**
 * Whether the line should sit at the top of the canvas: when the measure it edits is in the lower
 * half, so that the line never covers the box the room is looking at.
 */
function useClearOfNode(box: RefObject<HTMLDivElement | null>, nodeKey: string): boolean {
  const [top, setTop] = useState(false);
  useLayoutEffect(() => {
    const canvas = box.current?.parentElement;
    const node = canvas?.querySelector(`.react-flow__node[data-id="${CSS.escape(nodeKey)}"]`);
    if (!canvas || !node) return;
    const c = canvas.getBoundingClientRect();
    const n = node.getBoundingClientRect();
    setTop(n.top + n.height / 2 > c.top + c.height / 2);
  }, [box, nodeKey]);
  return top;
}
