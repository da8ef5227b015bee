/**
 * File names for exports: readable ("IVRP Gemeente Voorbeeld 2026.docx"), valid on Windows,
 * macOS and Linux, and never overwriting an earlier export — an advisor may have edited it.
 */
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** A safe file name stem: no path separators, control or reserved characters, at most `max` characters. */
export function safeStem(text: string, max = 100): string {
  let s = text
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max)
    .replace(/[. ]+$/, '');
  if (!s || RESERVED.test(s)) s = `_${s}`;
  return s;
}

/**
 * The version part of a report's file name: " v0.3 concept" or " v1.0 definitief" (words from
 * the report text), or '' for a project without a version, whose names stay as they were.
 */
export function versionTag(project: { version: string; status: 'draft' | 'final' }, words: { version: string; statusDraft: string; statusFinal: string }): string {
  const version = project.version.trim();
  if (!version) return '';
  return words.version.replace('{version}', version) + (project.status === 'final' ? words.statusFinal : words.statusDraft);
}

/** `folder/name`, or `folder/stem (2).ext`, `(3)`, … when that exists or was taken in this export. */
export function uniquePath(folder: string, name: string, taken: Set<string> = new Set()): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let i = 1; ; i++) {
    const candidate = join(folder, i === 1 ? name : `${stem} (${i})${ext}`);
    if (!existsSync(candidate) && !taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}
