import { c } from '../../model/check.ts';
import type { StarterList } from '../../starter/starterList.ts';
import { templateCheck, type Template } from '../../templates/template.ts';
import { method } from '../define.ts';

/** Templates offered in the bow-tie editor: the bundled ones and the user's own. */
export interface TemplateList {
  bundled: Template[];
  own: Template[];
  /** Own template files that could not be read (skipped), with the reason. */
  problems: { file: string; reason: string }[];
}

const id = c.string({ min: 1, max: 60, pattern: /^[a-z0-9-]+$/ });

/**
 * Starting content: the starter long list and the bow-tie templates. Adding a starter risk or
 * applying a template happens in the renderer as one undoable edit; these methods only read and
 * keep the data files.
 */
export const contentMethods = {
  'starter.list': method<StarterList>()(c.object({})),
  'templates.list': method<TemplateList>()(c.object({})),
  /** Saves (or replaces, by id) an own template in the user data folder. */
  'templates.save': method<{ id: string }>()(c.object({ template: templateCheck })),
  'templates.delete': method<{ deleted: boolean }>()(c.object({ id })),
};
