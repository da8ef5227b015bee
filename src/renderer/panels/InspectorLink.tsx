/**
 * "Link an existing …": search the causes, consequences or measures of the project and link the
 * chosen one here, so one concept is used in several places (the links view and the reports
 * then show the connection). Enter links the first match.
 */
import { useId, useMemo, useState } from 'react';
import type { MessageKey } from '../../shared/i18n/t.ts';
import { useDocState } from '../AppContext.tsx';
import { useT } from '../i18n/useT.ts';
import { linkCandidates, type Candidate, type LinkTarget } from './linkCandidates.ts';

interface Props {
  riskId: string;
  target: LinkTarget;
  title: MessageKey;
  /** The first link section answers the "link existing" command (L). */
  primary?: boolean;
  onLink(candidate: Candidate): void;
}

export function InspectorLink({ riskId, target, title, primary, onLink }: Props) {
  const t = useT();
  const doc = useDocState((s) => s.doc);
  const [query, setQuery] = useState('');
  const id = useId();
  const found = useMemo(() => (doc ? linkCandidates(doc, riskId, target, query) : []), [doc, riskId, target, query]);
  const link = (c: Candidate) => {
    onLink(c);
    setQuery('');
  };
  return (
    <section className="insp-link" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(title)}</h3>
      <input
        id={primary ? 'inspector-link-search' : undefined}
        type="search"
        aria-labelledby={`${id}-title`}
        placeholder={t('inspector.searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && found[0]) {
            e.preventDefault();
            link(found[0]);
          }
        }}
      />
      {query.trim() !== '' && found.length === 0 && <p className="insp-muted">{t('inspector.noResults')}</p>}
      {found.length > 0 && (
        <ul className="insp-results">
          {found.map((c) => (
            <li key={c.id}>
              <button type="button" onClick={() => link(c)} title={t('inspector.linkAction')}>
                <span className="insp-result-label">{c.label}</span>
                <span className="insp-muted">{t('inspector.inRisks', { risks: c.riskCodes.join(', ') || '—' })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
