/** The join screen for the projector: QR code, the address to type and the session code, huge. */
import { useMemo } from 'react';
import type { LiveStatus } from '../../../shared/api/methods/live.ts';
import { encodeQr, qrPath } from '../../../shared/qr/qrEncode.ts';
import { counted } from './counted.ts';
import { useT } from '../../i18n/useT.ts';

export function JoinScreen({ status }: { status: LiveStatus }) {
  const t = useT();
  const qr = useMemo(() => qrPath(encodeQr(status.joinUrl)), [status.joinUrl]);
  return (
    <section className="live-join" aria-labelledby="live-join-title">
      <div className="live-join-text">
        <h2 id="live-join-title">{t('live.join.title')}</h2>
        <ol>
          <li>{t('live.join.step1')}</li>
          <li>
            {t('live.join.step2')}
            <span className="live-address" data-testid="live-address">
              {status.address.replace(/\/$/, '')}
            </span>
          </li>
          <li>
            {t('live.join.step3')}
            <span className="live-code" data-testid="live-code" aria-label={status.code.split('').join(' ')}>
              {status.code}
            </span>
          </li>
        </ol>
        <p className="live-count" aria-live="polite">
          {counted(t, 'live.join.participants', status.participants)}
        </p>
      </div>
      <svg className="live-qr" viewBox={`0 0 ${qr.viewBox} ${qr.viewBox}`} role="img" aria-label={t('live.join.qr')} shapeRendering="crispEdges">
        <rect width={qr.viewBox} height={qr.viewBox} fill="#fff" />
        <path d={qr.path} fill="#000" />
      </svg>
    </section>
  );
}
