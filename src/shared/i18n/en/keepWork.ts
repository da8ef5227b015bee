/** English messages for keeping work safe: exactly the keys of the Dutch file. */
import type { keepWork as nl } from '../nl/keepWork.ts';

export const keepWork: Record<keyof typeof nl, string> = {
  'close.title': 'Save changes?',
  'close.message': 'Do you want to save the changes to “{title}”?',
  'close.messageNoFile': '“{title}” has not been saved as a file yet. Do you want to save it?',
  'close.save': 'Save',
  'close.dontSave': 'Don’t save',
  'close.cancel': 'Cancel',
  'close.hint': 'Cancel keeps the project open. After closing, the work stays recoverable until you choose “Don’t save”.',
  'discard.title': 'Discard changes?',
  'discard.message': 'The unsaved changes to “{title}” will be deleted for good. This cannot be undone.',
  'discard.confirm': 'Discard',
  'discard.cancel': 'Back',
  'status.notInFile': 'Not saved as a file yet',
  'status.notInFileHint': 'The work is safe in the working copy. Choose Save to make a .vlinder file of it.',
  'edit.refused': 'This change is not possible: {reason}',
  'quit.title': 'Close Vlinder?',
  'quit.message': 'Some changes are not in a .vlinder file yet.',
  'quit.detail': 'The work is kept: at the next start Vlinder offers to recover it.',
  'quit.close': 'Close',
  'quit.cancel': 'Cancel',
} as const;
