/** The starter list as a dialog, for adding risks by theme to a project that already has some. */
import { useModalDialog } from '../../panels/useModalDialog.ts';
import type { CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { StarterPicker } from './StarterPicker.tsx';
import { useStarterDialog } from './starterStore.ts';


export function StarterDialog({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const open = useStarterDialog((s) => s.open);
  const ref = useModalDialog(open);

  const close = () => useStarterDialog.getState().setOpen(false);
  return (
    <dialog ref={ref} className="starter-dialog" aria-labelledby="starter-dialog-title" onClose={close}>
      <header className="starter-dialog-header">
        <h2 id="starter-dialog-title">{t('starter.title')}</h2>
        <button type="button" onClick={close}>
          {t('starter.close')}
        </button>
      </header>
      <p className="starter-intro">{t('starter.intro')}</p>
      {open && <StarterPicker ctx={ctx} onDone={close} />}
    </dialog>
  );
}
