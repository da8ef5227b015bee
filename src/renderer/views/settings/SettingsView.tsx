/** Project settings for the IVRP workflow: project details, scales, priority advice, fields and themes, areas, partners. */
import { useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import { AreasEditor } from './AreasEditor.tsx';
import { PartnersEditor } from './PartnersEditor.tsx';
import { PriorityList } from './PriorityList.tsx';
import { ProjectDetails } from './ProjectDetails.tsx';
import { ScalesEditor } from './ScalesEditor.tsx';
import { TaxonomyEditor } from './TaxonomyEditor.tsx';
import './settings.css';
import type { CommandContext } from '../../AppContext.tsx';

const SECTIONS = ['project', 'scales', 'priorities', 'taxonomy', 'areas', 'partners'] as const;
type Section = (typeof SECTIONS)[number];

export function SettingsView({ ctx }: { ctx: CommandContext }) {
  const t = useT();
  const [section, setSection] = useState<Section>('scales');
  return (
    <section className="settings-view" aria-label={t('view.settings')}>
      <nav className="settings-nav" aria-label={t('view.settings')}>
        {SECTIONS.map((s) => (
          <button key={s} type="button" aria-pressed={section === s} onClick={() => setSection(s)}>
            {t(`settings.${s}`)}
          </button>
        ))}
      </nav>
      <div className="settings-body">
        {section === 'project' && <ProjectDetails ctx={ctx} />}
        {section === 'scales' && <ScalesEditor ctx={ctx} />}
        {section === 'priorities' && <PriorityList ctx={ctx} />}
        {section === 'taxonomy' && <TaxonomyEditor ctx={ctx} />}
        {section === 'areas' && <AreasEditor ctx={ctx} />}
        {section === 'partners' && <PartnersEditor ctx={ctx} />}
      </div>
    </section>
  );
}
