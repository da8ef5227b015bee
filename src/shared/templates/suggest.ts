/**
 * Orders templates for one risk: first those whose title matches the risk's title (the starter
 * risk "Woninginbraak" and the template "Woninginbraak"), then those of the risk's Kernbeleid
 * theme, then the rest in title order. The user still chooses.
 */
import type { ProjectDoc } from '../model/doc.ts';
import { foldLabel } from '../model/sameLabel.ts';
import type { Template } from './template.ts';

export function suggestTemplates(doc: ProjectDoc, riskId: string, templates: readonly Template[]): { template: Template; suggested: boolean }[] {
  const risk = doc.risks[riskId];
  const theme = risk?.themeId ? doc.themes[risk.themeId]?.code : undefined;
  const title = foldLabel(risk?.title ?? '');
  const rank = (t: Template) => {
    const own = foldLabel(t.title.nl);
    const byTitle = title !== '' && (title.includes(own) || own.includes(title));
    const byTheme = theme !== undefined && t.theme === theme;
    return byTitle ? (byTheme ? 0 : 1) : byTheme ? 2 : 3;
  };
  return [...templates]
    .map((template) => ({ template, r: rank(template) }))
    .sort((a, b) => a.r - b.r || a.template.title.nl.localeCompare(b.template.title.nl, 'nl'))
    .map(({ template, r }) => ({ template, suggested: r < 3 }));
}
