/** `?`: every command that has a shortcut, grouped as in the palette, read from the registry. */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { chordText } from './chordText.ts';
import { allCommands, type Command } from '../registry.ts';

const GROUPS: Command['group'][] = ['bowtie', 'edit', 'view', 'project', 'help'];

export function ShortcutSheet() {
  const t = useT();
  const closeRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<Element | null>(document.activeElement);
  const close = () => {
    useUi.getState().setShortcutsOpen(false);
    if (returnTo.current instanceof HTMLElement && returnTo.current.isConnected) returnTo.current.focus({ preventScroll: true });
  };
  useEffect(() => {
    closeRef.current?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' || e.key === '?') {
      e.preventDefault();
      close();
    }
  };
  const commands = allCommands().filter((c) => c.shortcuts && c.shortcuts.length > 0);
  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && close()}>
      <div className="shortcut-sheet" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" onKeyDown={onKeyDown}>
        <div className="sheet-header">
          <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
          <button ref={closeRef} type="button" onClick={close}>
            {t('shortcuts.close')}
          </button>
        </div>
        <p>{t('shortcuts.intro')}</p>
        <p>{t('shortcuts.editing')}</p>
        <div className="shortcut-groups">
          {GROUPS.map((g) => {
            const list = commands.filter((c) => c.group === g);
            if (list.length === 0) return null;
            return (
              <section key={g}>
                <h3>{t(`group.${g}`)}</h3>
                <dl>
                  {list.map((c) => (
                    <div key={c.id} className="shortcut-row">
                      <dt>
                        {c.shortcuts!.map((s, i) => (
                          <kbd key={i}>{chordText(s)}</kbd>
                        ))}
                      </dt>
                      <dd>{t(c.labelKey)}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            );
          })}
        </div>
      </div>
    </div>
  );
}
