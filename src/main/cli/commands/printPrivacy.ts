/**
 * The privacy check of an export, on standard error, before anything is written: every finding,
 * those that deserve a look first (high and medium confidence) and then the possible names (low,
 * for information). The export still runs — the user decides.
 */
import type { PrivacyScan } from '../../../shared/api/methods/export.ts';
import { findingKind, findingPlace } from '../../../shared/privacy/describeFinding.ts';
import type { PrivacyFinding } from '../../../shared/privacy/scanDoc.ts';
import type { CliIO } from '../command.ts';

const line = (f: PrivacyFinding) => `  - ${findingKind('nl', f)}: "${f.match}" (${findingPlace('nl', f)})`;

export function printPrivacy(scan: PrivacyScan, io: CliIO): void {
  const serious = scan.findings.filter((f) => f.confidence !== 'low');
  const hints = scan.findings.filter((f) => f.confidence === 'low');
  if (serious.length > 0) {
    io.err(`Let op: mogelijk persoonsgegevens in het project (${serious.length}). Controleer dit voordat u de export deelt:`);
    for (const f of serious) io.err(line(f));
  }
  if (hints.length > 0) {
    io.err(`Ter info: ${hints.length} mogelijke naam/namen; kijk of het om personen gaat:`);
    for (const f of hints) io.err(line(f));
  }
}
