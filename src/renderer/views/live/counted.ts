/** "1 stem" / "3 stemmen": the catalogue has a `.one` key beside each counted message. */
import type { TFn } from '../../i18n/useT.ts';

export function counted(t: TFn, key: 'live.votes' | 'live.join.participants', count: number): string {
  return count === 1 ? t(`${key}.one`) : t(key, { count });
}
