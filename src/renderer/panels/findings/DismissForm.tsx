/**
 * The short question that "Negeren" opens in place: an optional reason, confirmed with Enter or
 * the button. Escape (or Annuleren) closes it without ignoring anything.
 */
import { useState } from 'react';
import { useT } from '../../i18n/useT.ts';

export function DismissForm({ describedBy, onConfirm, onCancel }: { describedBy: string; onConfirm: (reason: string) => void; onCancel: () => void }) {
  const t = useT();
  const [reason, setReason] = useState('');
  return (
    <form
      className="findings-dismiss-form"
      onSubmit={(e) => {
        e.preventDefault();
        onConfirm(reason);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // The canvas and the app also listen for Escape; here it only closes this question.
        e.preventDefault();
        e.stopPropagation();
        onCancel();
      }}
    >
      <input
        className="findings-reason"
        aria-label={t('findings.dismissReason')}
        aria-describedby={describedBy}
        placeholder={t('findings.dismissReason')}
        maxLength={2000}
        value={reason}
        autoFocus
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit" className="findings-dismiss">
        {t('findings.dismiss')}
      </button>
      <button type="button" className="findings-dismiss" onClick={onCancel}>
        {t('findings.cancel')}
      </button>
    </form>
  );
}
