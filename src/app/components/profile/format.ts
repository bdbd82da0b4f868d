// Numbers in profile cards: short, locale-aware, and explicit about missing values.
import type { Language } from '../../i18n/translate';

const locales: Record<Language, string> = { en: 'en-US', es: 'es-ES' };

/** Up to 4 significant digits for fractions, grouped integers, scientific notation for extremes. */
export function formatStat(value: number | null | undefined, lang: Language = 'en'): string {
  if (value === null || value === undefined) return '—';
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e12 || abs < 1e-4)) return value.toExponential(2);
  if (Number.isInteger(value)) return new Intl.NumberFormat(locales[lang]).format(value);
  return new Intl.NumberFormat(locales[lang], { maximumSignificantDigits: abs >= 1000 ? 7 : 4 }).format(value);
}

/** "12.5%"; "<0.1%" for tiny non-zero shares so they are not read as none. */
export function formatPercent(part: number, whole: number, lang: Language = 'en'): string {
  if (whole <= 0) return '—';
  const p = (part / whole) * 100;
  if (part > 0 && p < 0.1) return lang === 'es' ? '<0,1 %' : '<0.1%';
  const text = new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 1 }).format(p);
  return lang === 'es' ? `${text} %` : `${text}%`;
}
