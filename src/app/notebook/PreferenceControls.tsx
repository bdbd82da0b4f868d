// Theme toggle and language picker, shown in the notebook header and the gallery header.
import { useT } from '../i18n/I18nProvider';
import type { Preferences } from '../session/preferences';
import { useUiT } from './messages';

export function PreferenceControls({ prefs }: { prefs: Preferences }) {
  const t = useT();
  const ui = useUiT();
  return (
    <>
      <button
        type="button"
        className="bt-button bt-button--ghost theme-toggle"
        onClick={() => prefs.setTheme(prefs.theme === 'dark' ? 'light' : 'dark')}
        aria-label={ui('nb.themeToggle', { theme: prefs.theme === 'dark' ? t('toolbar.themeLight') : t('toolbar.themeDark') })}
        title={t('toolbar.theme')}
      >
        {prefs.theme === 'dark' ? '☀' : '☾'}
      </button>
      <select className="lang-select" aria-label={t('toolbar.language')} value={prefs.language} onChange={(e) => prefs.setLanguage(e.target.value as 'en' | 'es')}>
        <option value="en">EN</option>
        <option value="es">ES</option>
      </select>
    </>
  );
}
