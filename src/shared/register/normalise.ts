/**
 * Loose text comparison for what people type in spreadsheets: case, accents, punctuation and
 * repeated spaces do not matter ("Beïnvloedbaarheid", "beinvloedbaarheid " and "BEÏNVLOEDBAARHEID:"
 * are the same word).
 */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/\s*\.\s*/g, '.')
    .trim();
}

/** A header without explanations in brackets: "Kans (1-5)" → "kans", "Impact [A–E]" → "impact". */
export function normaliseHeader(text: string): string {
  return normalise(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')).replace(/\.$/, '');
}
