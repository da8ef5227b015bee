/**
 * Area codes in open data: `GM0363`, `WK036300`, `BU03630000`, often padded with spaces to a fixed
 * width. Rows about larger areas (Nederland `NL01`, provinces `PV20`, police or COROP regions …)
 * are not areas of a municipality's profile and are skipped, not refused.
 */
import { CBS_CODE_RE, type AreaKind } from '../model/vocab.ts';

const HIGHER = /^(NL\d{2}|PV\d{2}|LD\d{2}|CR\d{2}|RE\d{2}|PL\d{2}|GG\d{2}|VR\d{2}|RP\d{2}|BT\d{2})$/;

export type AreaCodeResult = { code: string } | 'higher' | null;

/** The trimmed code, 'higher' for a larger region, or null for something that is not an area code. */
export function readAreaCode(raw: string): AreaCodeResult {
  const code = raw.trim().toUpperCase();
  if (CBS_CODE_RE.test(code)) return { code };
  if (HIGHER.test(code)) return 'higher';
  return null;
}

/** gemeente, wijk or buurt, from the code's prefix. */
export function areaKindOfCode(code: string): Extract<AreaKind, 'municipality' | 'district' | 'neighbourhood'> {
  return code.startsWith('GM') ? 'municipality' : code.startsWith('WK') ? 'district' : 'neighbourhood';
}

/** The gemeente code an area code belongs to: GM0344, WK034401 and BU03440101 all → GM0344. */
export function municipalityOfCode(code: string): string {
  return `GM${code.slice(2, 6)}`;
}
