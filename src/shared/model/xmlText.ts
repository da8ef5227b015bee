/**
 * The one rule for characters that no XML document may hold (XML 1.0 §2.2: C0 controls other
 * than tab, line feed and carriage return; U+FFFE and U+FFFF; lone surrogates). Word and
 * LibreOffice refuse a .docx or .xlsx that contains one, so text is cleaned where it enters the
 * model (`c.string`: API, files, JSON interchange, register imports) and again by every XML
 * writer, for text that does not come from the model.
 *
 * Cleaning keeps the length of the text: a vertical tab or form feed (what Word puts on the
 * clipboard for a manual line or page break) becomes a line feed, every other such character
 * the replacement character U+FFFD, so the reader sees that something was there.
 */

// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const INVALID_ALL = new RegExp(INVALID.source, 'g');

/** True if `text` holds a character that XML cannot hold. */
export function hasXmlInvalid(text: string): boolean {
  return INVALID.test(text);
}

/** `text` with every character XML cannot hold replaced (same length; unchanged if there is none). */
export function cleanXmlText(text: string): string {
  if (!INVALID.test(text)) return text;
  return text.replace(INVALID_ALL, (ch) => (ch === '\u000b' || ch === '\u000c' ? '\n' : '\uFFFD'));
}

/** A copy of plain data (objects, arrays) with every string cleaned: for an XML writer's input. */
export function cleanXmlDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanXmlText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => cleanXmlDeep(v)) as T;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = cleanXmlDeep(v);
    return out as T;
  }
  return value;
}
