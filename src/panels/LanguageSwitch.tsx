import { LOCALE_NAMES, USER_LOCALES } from '../i18n';
import type { UserLocale } from '../i18n';
import { useLocale, useTranslator } from '../i18n/react';

/**
 * The top bar's language choice, as the short codes the bar has room for ("EN", "RU"; each option
 * is named in its own language in its tooltip, "Русский"), so a
 * person who cannot read the current language still finds theirs. Remembered in this browser.
 */
export function LanguageSwitch() {
  const { t } = useTranslator();
  const { locale, setLocale } = useLocale();
  return (
    <select
      aria-label={t('topBar.language')}
      title={t('topBar.language')}
      value={locale === 'en-XA' ? 'en' : locale}
      onChange={(e) => void setLocale(e.target.value as UserLocale)}
      className="h-8 rounded-md border border-border bg-surface px-1.5 text-xs text-fg-soft focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
    >
      {USER_LOCALES.map((code) => (
        <option
          key={code}
          value={code}
          lang={code}

          title={LOCALE_NAMES[code]}
        >
          {code.toUpperCase()}
        </option>
      ))}
    </select>
  );
}
