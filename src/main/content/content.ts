/**
 * The app's bundled starting content (resources/starter, resources/templates) and the user's own
 * templates (a `templates` folder in the user data folder). Every file is checked on load; a
 * broken bundled file is an error naming the file, a broken own template is reported and
 * skipped so one bad file never hides the others.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../shared/api/errors.ts';
import { CheckError, because } from '../../shared/model/check.ts';
import { checkStarterList, type StarterList } from '../../shared/starter/starterList.ts';
import { checkTemplate, type Template } from '../../shared/templates/template.ts';
import { writeFileAtomic } from '../storage/writeFileAtomic.ts';

export interface ContentDirs {
  /** The app's resources folder (holds `starter/` and `templates/`). */
  resourcesDir: string;
  /** Where the user's own templates are kept. */
  userTemplatesDir: string;
}

function readJson<T>(file: string, check: (v: unknown) => T): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ApiError('content.invalid', { file, reason: (err as NodeJS.ErrnoException).code ?? because('reason.unreadable') }, { cause: err });
  }
  try {
    return check(JSON.parse(text));
  } catch (err) {
    const reason = err instanceof CheckError ? err.toMessage() : err instanceof SyntaxError ? because('reason.notJsonFile', { detail: err.message }) : String(err);
    throw new ApiError('content.invalid', { file, reason }, { cause: err });
  }
}

/** The starter long list shipped with the app. */
export function readStarterList(resourcesDir: string): StarterList {
  return readJson(join(resourcesDir, 'starter', 'longlist.json'), checkStarterList);
}

function jsonFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
}

/** The bundled templates, in file-name order. */
export function readBundledTemplates(resourcesDir: string): Template[] {
  const dir = join(resourcesDir, 'templates');
  return jsonFiles(dir).map((f) => readJson(join(dir, f), (v) => checkTemplate(v)));
}

export interface OwnTemplates {
  templates: Template[];
  /** Files that could not be read, with the reason. */
  problems: { file: string; reason: string }[];
}

/** The user's own templates; unreadable files are listed in `problems`. */
export function readOwnTemplates(dir: string): OwnTemplates {
  const out: OwnTemplates = { templates: [], problems: [] };
  for (const f of jsonFiles(dir)) {
    try {
      out.templates.push(readJson(join(dir, f), (v) => checkTemplate(v)));
    } catch (err) {
      out.problems.push({ file: f, reason: err instanceof ApiError ? String(err.params['reason']) : String(err) });
    }
  }
  return out;
}

/** Saves (or replaces) an own template as `<id>.json`; returns the file path. */
export function saveOwnTemplate(dir: string, value: unknown): string {
  let template: Template;
  try {
    template = checkTemplate(value);
  } catch (err) {
    throw new ApiError('template.invalid', { reason: err instanceof CheckError ? err.toMessage() : String(err) }, { cause: err });
  }
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${template.id}.json`);
  writeFileAtomic(file, `${JSON.stringify(template, null, 2)}\n`);
  return file;
}

/** Deletes an own template; returns whether there was one. */
export function deleteOwnTemplate(dir: string, id: string): boolean {
  if (!/^[a-z0-9-]+$/.test(id)) return false;
  const file = join(dir, `${id}.json`);
  try {
    readFileSync(file);
  } catch {
    return false;
  }
  rmSync(file);
  return true;
}
