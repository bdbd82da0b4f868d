import { describe, expect, it } from 'vitest';
import { detectLanguage, interpolate, makeTranslate, translate } from './translate';

describe('translate', () => {
  it('interpolates named params and formats numbers per language', () => {
    expect(translate('en', 'grid.rows', { count: 1234567 })).toBe('1,234,567 rows');
    expect(translate('es', 'grid.rows', { count: 1234567 })).toBe('1.234.567 filas');
    expect(makeTranslate('es')('review.banner')).toBe('Este cuaderno llegó por un enlace. No se ha ejecutado nada. Ejecútalo o haz tu propia copia.');
  });

  it('uses the singular form when count is 1', () => {
    expect(translate('en', 'grid.rows', { count: 1 })).toBe('1 row');
    expect(translate('es', 'grid.columns', { count: 1 })).toBe('1 columna');
    expect(translate('en', 'grid.rows', { count: 0 })).toBe('0 rows');
  });

  it('leaves unknown placeholders visible', () => {
    expect(interpolate('{a} and {b}', { a: 'x' }, 'en')).toBe('x and {b}');
  });

  it('checks keys and params at compile time', () => {
    const t = makeTranslate('en');
    // @ts-expect-error misspelt key
    t('grid.rowz');
    // @ts-expect-error missing params
    t('grid.rows');
    // @ts-expect-error wrong param name
    t('grid.rows', { n: 1 });
    expect(t('status.ok')).toBe('Done');
  });
});

describe('detectLanguage', () => {
  it('prefers an explicit setting', () => {
    expect(detectLanguage('es', ['en-US'])).toBe('es');
    expect(detectLanguage('en', ['es-ES'])).toBe('en');
  });
  it('maps browser languages es* to Spanish, else English', () => {
    expect(detectLanguage('auto', ['es-MX', 'en'])).toBe('es');
    expect(detectLanguage(null, ['fr-FR', 'es'])).toBe('es');
    expect(detectLanguage(undefined, ['fr-FR'])).toBe('en');
    expect(detectLanguage(undefined, [])).toBe('en');
  });
});
