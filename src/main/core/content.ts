/** Handlers for the starting content: the starter long list and the bow-tie templates. */
import type { Handlers } from '../../shared/api/contract.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { deleteOwnTemplate, readBundledTemplates, readOwnTemplates, readStarterList, saveOwnTemplate, type ContentDirs } from '../content/content.ts';
import { because } from '../../shared/model/check.ts';

type ContentHandlers = Pick<Handlers, 'starter.list' | 'templates.list' | 'templates.save' | 'templates.delete'>;

/** Without `dirs` (a core built for tests of other features) the methods answer `notFound`. */
export function contentHandlers(dirs: ContentDirs | undefined): ContentHandlers {
  const need = (): ContentDirs => {
    if (!dirs) throw new ApiError('notFound');
    return dirs;
  };
  return {
    async 'starter.list'() {
      return readStarterList(need().resourcesDir);
    },
    async 'templates.list'() {
      const d = need();
      const own = readOwnTemplates(d.userTemplatesDir);
      return { bundled: readBundledTemplates(d.resourcesDir), own: own.templates, problems: own.problems };
    },
    async 'templates.save'({ template }) {
      const d = need();
      if (readBundledTemplates(d.resourcesDir).some((t) => t.id === template.id)) throw new ApiError('template.invalid', { reason: because('reason.bundledTemplateName', { name: template.id }) });
      saveOwnTemplate(d.userTemplatesDir, template);
      return { id: template.id };
    },
    async 'templates.delete'({ id }) {
      return { deleted: deleteOwnTemplate(need().userTemplatesDir, id) };
    },
  };
}
