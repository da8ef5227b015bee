/** Dutch / English switch. */
import { LANGUAGES } from '../../shared/model/vocab.ts';
import { useT } from '../i18n/useT.ts';
import { useUi } from '../store/uiStore.ts';

export function LanguageSwitch() {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const setLang = useUi((s) => s.setLang);
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.switch')}</span>
      <select aria-label={t('language.switch')} value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'nl')}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
