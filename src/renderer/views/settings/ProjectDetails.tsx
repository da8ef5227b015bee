/**
 * The project's own details: what the reports print on the title page, in the footer and in
 * file names (title, municipality and its CBS code, plan period, organisation, author, version,
 * status, confidentiality, description). Every finished field is one undoable edit.
 */
import { updateProject, type ProjectPatch } from '../../../shared/model/ops/project.ts';
import { CONFIDENTIALITY, GM_CODE_RE, PROJECT_STATUS } from '../../../shared/model/vocab.ts';
import { useDocState, type CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { FormChoice, FormText } from './FormFields.tsx';

export function ProjectDetails({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const p = useDocState((s) => s.doc?.project);
  if (!p) return null;
  const set = (patch: ProjectPatch) => ctx.useDoc.getState().edit(t('project.edit'), (d) => updateProject(d, patch));
  return (
    <section className="settings-section project-details" aria-labelledby="project-title">
      <h2 id="project-title">{t('settings.project')}</h2>
      <p className="hint">{t('project.details.intro')}</p>
      <div className="form-grid">
        <FormText label={t('project.field.title')} value={p.title} maxLength={300} validate={(v) => (v.trim() ? null : t('project.titleRequired'))} onCommit={(title) => set({ title })} />
        <FormText label={t('project.field.municipality')} value={p.municipality} onCommit={(municipality) => set({ municipality })} />
        <FormText
          label={t('project.field.municipalityCode')}
          value={p.municipalityCode ?? ''}
          maxLength={6}
          hint={t('project.field.municipalityCodeHint')}
          validate={(v) => (v.trim() === '' || GM_CODE_RE.test(v.trim().toUpperCase()) ? null : t('project.field.municipalityCodeInvalid'))}
          onCommit={(v) => set({ municipalityCode: v.trim() ? v.trim().toUpperCase() : null })}
        />
        <FormText label={t('project.field.period')} value={p.period} maxLength={40} hint={t('project.field.periodHint')} onCommit={(period) => set({ period })} />
        <FormText label={t('project.field.organisation')} value={p.organisation} onCommit={(organisation) => set({ organisation })} />
        <FormText label={t('project.field.author')} value={p.author} onCommit={(author) => set({ author })} />
        <FormText label={t('project.field.version')} value={p.version} maxLength={40} onCommit={(version) => set({ version })} />
        <FormChoice label={t('project.field.status')} value={p.status} options={PROJECT_STATUS} optionKey={(v) => `vocab.projectStatus.${v}`} onCommit={(status) => status && set({ status })} />
        <FormChoice label={t('project.field.confidentiality')} value={p.confidentiality} options={CONFIDENTIALITY} optionKey={(v) => `vocab.confidentiality.${v}`} onCommit={(confidentiality) => confidentiality && set({ confidentiality })} />
      </div>
      <FormText label={t('project.field.description')} value={p.description} multiline rows={5} maxLength={20_000} onCommit={(description) => set({ description })} />
    </section>
  );
}
