/**
 * The editor's toolbar: a row of buttons over the same commands as the shortcuts (each shows
 * its key), enabled exactly when the command applies to the current selection.
 */
import type { CommandId } from '../../shared/commands/catalogue.ts';
import type { MessageKey } from '../../shared/i18n/t.ts';
import { useDocState, type CommandContext } from '../AppContext.tsx';
import { chordText } from '../commands/palette/chordText.ts';
import { getCommand, runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { useUi } from '../store/uiStore.ts';
import { canvasBridge } from '../canvas/canvasBridge.ts';
import { useEditor } from '../canvas/editorStore.ts';
import { asIfOnCanvas } from '../canvas/scope.ts';

const BUTTONS: { id: CommandId; short: MessageKey; plus?: boolean }[][] = [
  [
    { id: 'bowtie.addCause', short: 'vocab.element.cause', plus: true },
    { id: 'bowtie.addConsequence', short: 'vocab.element.consequence', plus: true },
    { id: 'bowtie.addPreventive', short: 'toolbar.preventive', plus: true },
    { id: 'bowtie.addLimiting', short: 'toolbar.limiting', plus: true },
    { id: 'bowtie.addEscalation', short: 'vocab.element.escalation', plus: true },
  ],
  [
    { id: 'bowtie.rename', short: 'bowtie.rename' },
    { id: 'bowtie.delete', short: 'bowtie.delete' },
    { id: 'edit.undo', short: 'edit.undo' },
    { id: 'edit.redo', short: 'edit.redo' },
  ],
  [
    { id: 'view.zoomToFit', short: 'toolbar.fit' },
    { id: 'bowtie.focusPath', short: 'toolbar.focus' },
    { id: 'bowtie.resetLayout', short: 'toolbar.layout' },
    { id: 'bowtie.toggleInspector', short: 'inspector.title' },
    { id: 'help.shortcuts', short: 'toolbar.keys' },
  ],
  [{ id: 'bowtie.applyTemplate', short: 'toolbar.template' }],
];

export function CanvasToolbar({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  // Re-render when anything a command's availability depends on changes.
  useDocState((s) => s.doc);
  useDocState((s) => s.history);
  useUi((s) => s.selection);
  const focusMode = useEditor((s) => s.focusMode);
  const inspectorChoice = useEditor((s) => s.inspectorOpen);
  const theme = useUi((s) => s.theme);
  const inspector = inspectorChoice ?? theme !== 'projector';
  useEditor((s) => s.editingKey);

  const press = (id: CommandId) => {
    const key = useUi.getState().selection;
    canvasBridge.get()?.focus(key);
    void asIfOnCanvas(() => runCommand(id, ctx));
  };

  return (
    <div className="bt-toolbar" role="toolbar" aria-label={t('canvas.toolbar')}>
      {BUTTONS.map((group, g) => (
        <div key={g} className="bt-toolbar-group">
          {group.map(({ id, short, plus }) => {
            const c = getCommand(id);
            if (!c) return null;
            const enabled = asIfOnCanvas(() => !c.enabled || c.enabled(ctx));
            const key = c.shortcuts?.[0];
            const full = t(c.labelKey);
            return (
              <button
                key={id}
                type="button"
                disabled={!enabled}
                aria-pressed={id === 'bowtie.focusPath' ? focusMode : id === 'bowtie.toggleInspector' ? inspector : undefined}
                title={key ? `${full} (${chordText(key)})` : full}
                aria-keyshortcuts={c.shortcuts?.map(ariaChord).join(' ')}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => press(id)}
                data-command={id}
              >
                {plus && <span aria-hidden="true">+ </span>}
                {t(short)}
                {key && <kbd aria-hidden="true">{chordText(key)}</kbd>}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}

/** "Mod+Shift+Z" → "Control+Shift+Z", the form aria-keyshortcuts expects. */
function ariaChord(chord: string): string {
  return chord.replace('Mod', 'Control');
}
