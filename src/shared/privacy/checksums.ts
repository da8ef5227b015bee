/**
 * Check-digit tests that turn "a run of digits" into "almost certainly a BSN / IBAN". Without
 * them a scanner would flag every nine-digit count and every bank-like code in a policy text.
 */

/**
 * The BSN 11-test: digits d1..d9 weighted 9,8,…,2 and the last −1; the sum must be divisible by
 * 11. Also accepts the 8-digit form with the leading zero dropped. All-zero is not a BSN.
 */
export function isBsn(digits: string): boolean {
  const d = digits.length === 8 ? `0${digits}` : digits;
  if (!/^\d{9}$/.test(d) || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  sum -= Number(d[8]);
  return sum % 11 === 0;
}

/** ISO 13616 mod-97 check of an IBAN written without spaces (e.g. "NL91ABNA0417164300"). */
export function isIban(iban: string): boolean {
  const s = iban.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(s)) return false;
  const rearranged = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}
