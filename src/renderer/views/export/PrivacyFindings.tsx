/** What the privacy check found in what would be exported, with where it is; the user decides. */
import { findingKind, findingPlace } from '../../../shared/privacy/describeFinding.ts';
import type { PrivacyFinding } from '../../../shared/privacy/scanDoc.ts';
import { useT } from '../../i18n/useT.ts';
import { useUi } from '../../store/uiStore.ts';
import { serious, useExport } from './exportStore.ts';

const SHOWN = 30;

function Finding({ f }: { f: PrivacyFinding }) {
  const lang = useUi((s) => s.lang);
  return (
    <li>
      <strong>{findingKind(lang, f)}</strong>: <code>{f.match}</code> <span className="finding-place">({findingPlace(lang, f)})</span>
    </li>
  );
}

export function PrivacyFindings() {
  const t = useT();
  const scan = useExport((s) => s.scan);
  const scanning = useExport((s) => s.scanning);
  const acknowledged = useExport((s) => s.acknowledged);
  const count = serious(scan);
  const important = scan?.findings.filter((f) => f.confidence !== 'low') ?? [];
  const hints = scan?.findings.filter((f) => f.confidence === 'low') ?? [];
  return (
    <section className={`export-privacy${count > 0 ? ' has-findings' : ''}`} aria-labelledby="export-privacy-title" data-testid="export-privacy">
      <h3 id="export-privacy-title">{t('export.privacy.title')}</h3>
      {scanning || !scan ? (
        <p>{t('export.privacy.checking')}</p>
      ) : count === 0 ? (
        <p className="export-ok">{t('export.privacy.none')}</p>
      ) : (
        <>
          <p>{t('export.privacy.found', { count })}</p>
          <ul className="findings">
            {important.slice(0, SHOWN).map((f, i) => (
              <Finding key={i} f={f} />
            ))}
          </ul>
          <label className="export-choice">
            <input type="checkbox" checked={acknowledged} onChange={(e) => useExport.getState().setAcknowledged(e.target.checked)} />
            {t('export.privacy.ack')}
          </label>
        </>
      )}
      {hints.length > 0 && !scanning && (
        <details>
          <summary>{t('export.privacy.hints', { count: hints.length })}</summary>
          <ul className="findings">
            {hints.slice(0, SHOWN).map((f, i) => (
              <Finding key={i} f={f} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
