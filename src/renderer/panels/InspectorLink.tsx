/**
 * "Link an existing …": one search over the causes, consequences or measures that can be linked
 * here (a cause of another risk, a measure from anywhere not yet on this path), so one concept is
 * used in several places and the links view and the reports show the connection. Enter links
 * the first match; L on the canvas jumps here.
 */
import { useId, useState } from 'react';
import type { MessageKey } from '../../shared/i18n/t.ts';
import { useDocState } from '../AppContext.tsx';
import { canvasBridge } from '../canvas/canvasBridge.ts';
import { useUi } from '../store/uiStore.ts';
import { foldLabel as fold } from '../../shared/model/sameLabel.ts';
import { useT } from '../i18n/useT.ts';
import { linkCandidates, type Candidate, type LinkTarget } from './linkCandidates.ts';

export interface LinkOption {
  target: LinkTarget;
  /** Name of the kind, shown when the list mixes kinds. */
  kind: MessageKey;
  onLink(candidate: Candidate): void;
}

export function InspectorLink({ riskId, title, options }: { riskId: string; title: MessageKey; options: LinkOption[] }) {
  const t = useT();
  const doc = useDocState((s) => s.doc);
  const [query, setQuery] = useState('');
  const id = useId();
  // Recomputed on every render (a linear scan): cheap next to a render, and never stale.
  const q = fold(query);
  const found = doc
    ? options
        .flatMap((o, i) => linkCandidates(doc, riskId, o.target, query).map((c) => ({ c, o, i, starts: fold(c.label).startsWith(q) })))
        .sort((a, b) => Number(b.starts) - Number(a.starts) || b.c.places - a.c.places || a.i - b.i)
        .slice(0, 8)
    : [];
  const mixed = options.length > 1;
  const link = (f: (typeof found)[number]) => {
    f.o.onLink(f.c);
    setQuery('');
    // Done here: the keyboard goes back to the bow-tie, on the element just linked.
    requestAnimationFrame(() => canvasBridge.get()?.focus(useUi.getState().selection));
  };
  return (
    <section className="insp-link" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t(title)}</h3>
      <input
        id="inspector-link-search"
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
          {found.map((f) => (
            <li key={`${f.i}:${f.c.id}`}>
              <button type="button" onClick={() => link(f)}>
                <span className="insp-result-label">
                  {mixed && <span className="insp-result-kind">{t(f.o.kind)} · </span>}
                  {f.c.label}
                </span>
                <span className="insp-muted">{t('inspector.inRisks', { risks: f.c.riskCodes.join(', ') || '—' })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
