/**
 * The start of a new, empty project: the starter long list offered in place, so an advisor does
 * not begin from an empty screen. Used by the empty editor area and the empty register.
 */
import type { CommandContext } from '../../AppContext.tsx';
import { useT } from '../../i18n/useT.ts';
import { StarterPicker } from './StarterPicker.tsx';
import './starter.css';

export function StarterStart({ ctx, lead }: { ctx: CommandContext; lead?: string }) {
  const t = useT();
  return (
    <section className="starter-empty" aria-labelledby="starter-empty-title">
      {lead && <p className="register-empty">{lead}</p>}
      <h2 id="starter-empty-title">{t('starter.title')}</h2>
      <p className="starter-intro">{t('starter.intro')}</p>
      <StarterPicker ctx={ctx} />
    </section>
  );
}
