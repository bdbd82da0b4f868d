// Pure translation: catalogues by language, {name} interpolation with placeholder names checked
// by the type system, and the choice of language from a setting or the browser's languages.
import { en, type MessageKey, type Messages } from './messages.en';
import { es } from './messages.es';

export type { MessageKey };
export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];
export type LanguageSetting = Language | 'auto';
export type { Messages };

/** Names of the `{placeholder}`s in a message literal, e.g. 'grid.rows' → 'count'. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
export type MessageParams<K extends MessageKey> = Record<Placeholders<(typeof en)[K]>, string | number>;
/** Params are required exactly when the English message has placeholders. */
export type ParamsArg<K extends MessageKey> = [Placeholders<(typeof en)[K]>] extends [never] ? [params?: undefined] : [params: MessageParams<K>];
export type Translate = <K extends MessageKey>(key: K, ...params: ParamsArg<K>) => string;

export const catalogues: Record<Language, Messages> = { en, es };

const numberFormats = new Map<Language, Intl.NumberFormat>();
function formatNumber(n: number, lang: Language): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'es' ? 'es-ES' : 'en-US', { maximumFractionDigits: 2 });
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

/** Replaces `{name}` with params.name; numbers are formatted for the language; unknown names stay visible. */
export function interpolate(template: string, params: Record<string, string | number> | undefined, lang: Language): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}

/** `key#one`, when the catalogue has it, replaces `key` for count === 1. */
export function translate<K extends MessageKey>(lang: Language, key: K, ...params: ParamsArg<K>): string {
  const values = params[0] as Record<string, string | number> | undefined;
  const singular = values?.count === 1 ? (catalogues[lang] as Record<string, string>)[`${key}#one`] : undefined;
  const template = singular ?? catalogues[lang][key] ?? en[key] ?? key;
  return interpolate(template, values, lang);
}

export function makeTranslate(lang: Language): Translate {
  return (key, ...params) => translate(lang, key, ...params);
}

/** An explicit setting wins; otherwise the first browser language that we have ('es-MX' → es). */
export function detectLanguage(setting: LanguageSetting | null | undefined, browserLanguages: readonly string[] = []): Language {
  if (setting && setting !== 'auto') return setting;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if ((languages as readonly string[]).includes(base)) return base as Language;
  }
  return 'en';
}

/** The browser's preferred languages, or none outside a browser. */
export function browserLanguages(): string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? [...navigator.languages] : navigator.language ? [navigator.language] : [];
}
