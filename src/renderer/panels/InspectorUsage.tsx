/** "gekoppeld · gebruikt op N plaatsen", the other risks, and unlinking into an own copy. */
import { useT } from '../i18n/useT.ts';

export function InspectorUsage({ places, otherRisks, onDetach }: { places: number; otherRisks: string[]; onDetach(): void }) {
  const t = useT();
  if (places < 2) return null;
  return (
    <div className="insp-usage" data-testid="inspector-usage">
      <p>
        <strong>{t('inspector.usage', { count: places })}</strong>
        {otherRisks.length > 0 && <span className="insp-muted"> — {t('inspector.usageRisks', { risks: otherRisks.join(', ') })}</span>}
      </p>
      <button type="button" onClick={onDetach}>
        {t('inspector.detach')}
      </button>
    </div>
  );
}
