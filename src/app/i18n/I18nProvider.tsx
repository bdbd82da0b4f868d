// React access to translations: <I18nProvider language=…> at the root, useT() in components.
// Without a provider, components fall back to English so they render in isolation (tests, demos).
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { browserLanguages, detectLanguage, makeTranslate, type Language, type LanguageSetting, type Translate } from './translate';

interface I18nValue {
  language: Language;
  t: Translate;
}

const I18nContext = createContext<I18nValue>({ language: 'en', t: makeTranslate('en') });

export function I18nProvider({ language, children }: { language?: LanguageSetting | null; children: ReactNode }) {
  const resolved = detectLanguage(language, browserLanguages());
  const value = useMemo(() => ({ language: resolved, t: makeTranslate(resolved) }), [resolved]);
  useEffect(() => {
    // Screen readers and hyphenation follow <html lang>.
    document.documentElement.lang = resolved;
  }, [resolved]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLanguage(): Language {
  return useContext(I18nContext).language;
}
