/** Writes a small text file (JSON project, template) atomically, failing as a save does (`file.writeFailed`). */
import { writeFileAtomicSync } from '../files/writeFileAtomic.ts';
import { writeError } from './fileErrors.ts';

export function writeFileAtomic(path: string, text: string): number {
  try {
    return writeFileAtomicSync(path, text);
  } catch (err) {
    throw writeError(err);
  }
}
