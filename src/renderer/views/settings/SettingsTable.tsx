/** The table frame every settings editor uses: column headers, then a last, visually hidden "delete" column. */
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT.ts';

export function SettingsTable({ headers, children }: { headers: readonly string[]; children: ReactNode }) {
  const t = useT();
  return (
    <table className="settings-table">
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
          <th scope="col" className="visually-hidden">
            {t('settings.delete')}
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
