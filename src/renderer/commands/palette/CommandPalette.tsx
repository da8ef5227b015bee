/**
 * Ctrl+K: every registered command, searchable, with its shortcut; below the commands, what the
 * query finds in the open project (risks, causes, consequences, measures, escalation factors,
 * partners, areas — src/shared/model/search.ts), to go to. Arrow keys choose, Enter
 * runs or goes, Escape closes. Focus goes back where it was before the command runs, so a bow-tie
 * command acts on the canvas as if its key had been pressed there.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { CommandId } from '../../../shared/commands/catalogue.ts';
import { useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { asIfOnCanvas } from '../../canvas/scope.ts';
import { chordText } from './chordText.ts';
import { allCommands, runCommand } from '../registry.ts';
import { filterCommands } from './paletteFilter.ts';
import { goToHit } from './paletteGoTo.ts';
import type { CommandContext } from '../../AppContext.tsx';
import { searchDoc, type SearchHit, type SearchKind } from '../../../shared/model/search.ts';
import type { MessageKey } from '../../../shared/i18n/t.ts';

const KIND_KEY: Record<SearchKind, MessageKey> = {
  risk: 'vocab.element.risk',
  cause: 'vocab.element.cause',
  consequence: 'vocab.element.consequence',
  measure: 'vocab.element.measure',
  escalation: 'vocab.element.escalation',
  partner: 'vocab.element.partner',
  area: 'vocab.element.area',
};

/** One line of the palette: a command to run or a search hit to go to. */
interface Entry {
  key: string;
  label: string;
  group: string;
  shortcut: string | undefined;
  enabled: boolean;
  run(): void;
}

const MAX_HITS = 12;

export function CommandPalette({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const close = () => useUi.getState().setPaletteOpen(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const returnTo = useRef<Element | null>(document.activeElement);
  const input = useRef<HTMLInputElement>(null);

  const items = useMemo(
    () =>
      allCommands()
        .filter((c) => c.id !== 'palette.open')
        .map((c) => ({ id: c.id, label: t(c.labelKey), group: t(`group.${c.group}`), shortcuts: c.shortcuts ?? [], enabled: asIfOnCanvas(() => !c.enabled || c.enabled(ctx)) })),
    [ctx, t],
  );
  const doc = ctx.useDoc((s) => s.doc);
  const hitGroup = (h: SearchHit) => `${t('palette.goTo')} · ${t(KIND_KEY[h.kind])}${h.riskCodes.length ? ` · ${h.riskCodes.join(', ')}` : ''}`;
  const hits = useMemo(() => (doc ? searchDoc(doc, query, MAX_HITS) : []), [doc, query]);
  const shown = useMemo((): Entry[] => {
    const commands = filterCommands(items, query).map((c) => ({ key: c.id, label: c.label, group: c.group, shortcut: c.shortcuts[0], enabled: c.enabled, run: () => run(c.id) }));
    const found = hits.map((h) => ({ key: `${h.kind}:${h.id}`, label: h.label, group: hitGroup(h), shortcut: undefined, enabled: true, run: () => go(h) }));
    return [...commands, ...found];
  }, [items, hits, query, t]);
  useEffect(() => {
    setActive(0);
  }, [query]);
  useEffect(() => {
    input.current?.focus();
  }, []);
  useEffect(() => {
    // Braces matter: scrollIntoView returns a promise in current Chromium, not a cleanup.
    document.getElementById(`palette-item-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  function run(id: CommandId): void {
    close();
    if (returnTo.current instanceof HTMLElement && returnTo.current.isConnected) returnTo.current.focus({ preventScroll: true });
    void asIfOnCanvas(() => runCommand(id, ctx));
  }

  function go(hit: SearchHit): void {
    close();
    goToHit(hit);
  }

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const n = shown.length;
      if (n) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const item = shown[active];
      if (item?.enabled) item.run();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
      if (returnTo.current instanceof HTMLElement && returnTo.current.isConnected) returnTo.current.focus({ preventScroll: true });
    }
  };

  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="palette" role="dialog" aria-modal="true" aria-label={t('palette.open')} onKeyDown={onKeyDown}>
        <input
          ref={input}
          className="palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={shown.length ? `palette-item-${active}` : undefined}
          aria-autocomplete="list"
          aria-label={t('palette.label')}
          placeholder={t('palette.placeholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <ul id="palette-list" className="palette-list" role="listbox" aria-label={t('palette.open')}>
          {shown.map((item, i) => (
            <li
              key={item.key}
              id={`palette-item-${i}`}
              role="option"
              aria-selected={i === active}
              aria-disabled={!item.enabled}
              className={`palette-item${i === active ? ' active' : ''}${item.enabled ? '' : ' disabled'}`}
              onMouseMove={() => setActive(i)}
              onClick={() => item.enabled && item.run()}
            >
              <span className="palette-label">{item.label}</span>
              <span className="palette-group">{item.enabled ? item.group : `${item.group} · ${t('palette.disabled')}`}</span>
              {item.shortcut && <kbd>{chordText(item.shortcut)}</kbd>}
            </li>
          ))}
          {shown.length === 0 && <li className="palette-empty">{t('palette.empty')}</li>}
        </ul>
      </div>
    </div>
  );
}
