// Theme and language: applied at once, mirrored in localStorage so the first paint is right, and
// stored in the settings store so they survive storage being reset per origin.
import { useCallback, useEffect, useState } from 'react';
import { SETTING_KEYS } from '../../pipelines/store/store';
import { browserLanguages, detectLanguage, type Language } from '../i18n/translate';
import type { SessionEnv } from './notebook-session';

export type Theme = 'light' | 'dark';

export interface Preferences {
  theme: Theme;
  language: Language;
  setTheme(theme: Theme): void;
  setLanguage(language: Language): void;
}

function readLocal(key: string): string | null {
  try {
    return localStorage.getItem(`bitacora.${key}`);
  } catch {
    return null;
  }
}

function writeLocal(key: string, value: string): void {
  try {
    localStorage.setItem(`bitacora.${key}`, value);
  } catch {
    // Private windows may refuse; the settings store still has it.
  }
}

function initialTheme(): Theme {
  const saved = readLocal('theme');
  if (saved === 'light' || saved === 'dark') return saved;
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function initialLanguage(): Language {
  const saved = readLocal('language');
  return detectLanguage(saved === 'en' || saved === 'es' ? saved : null, browserLanguages());
}

export function usePreferences(env: SessionEnv | null): Preferences {
  const [theme, setThemeState] = useState<Theme>(initialTheme);
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setTheme = useCallback(
    (t: Theme) => {
      setThemeState(t);
      writeLocal('theme', t);
      void env?.stores.settings.set(SETTING_KEYS.theme, t).catch(() => undefined);
    },
    [env],
  );
  const setLanguage = useCallback(
    (l: Language) => {
      setLanguageState(l);
      writeLocal('language', l);
      void env?.stores.settings.set(SETTING_KEYS.language, l).catch(() => undefined);
    },
    [env],
  );
  return { theme, language, setTheme, setLanguage };
}
