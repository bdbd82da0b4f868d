import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Profile } from '../../../pipelines/data/profile';
import { histogramBars, relativeWidths } from './bars';
import { formatPercent, formatStat } from './format';
import { ProfileView } from './ProfileView';
import { I18nProvider } from '../../i18n/I18nProvider';

describe('profile formatting', () => {
  it('formats statistics compactly', () => {
    expect(formatStat(1234567)).toBe('1,234,567');
    expect(formatStat(3.14159265)).toBe('3.142');
    expect(formatStat(1234.5678)).toBe('1,234.568');
    expect(formatStat(0.00001234)).toBe('1.23e-5');
    expect(formatStat(null)).toBe('—');
    expect(formatStat(2.5, 'es')).toBe('2,5');
  });
  it('formats shares of a whole', () => {
    expect(formatPercent(1, 8)).toBe('12.5%');
    expect(formatPercent(1, 10_000)).toBe('<0.1%');
    expect(formatPercent(0, 10)).toBe('0%');
    expect(formatPercent(1, 8, 'es')).toBe('12,5 %');
    expect(formatPercent(1, 0)).toBe('—');
  });
});

describe('histogram geometry', () => {
  it('scales bars to the tallest and keeps small non-zero bins visible', () => {
    const bars = histogramBars([10, 5, 0, 0.01], 40, 20, 0);
    expect(bars.map((b) => b.height)).toEqual([20, 10, 0, 1]);
    expect(bars.map((b) => b.x)).toEqual([0, 10, 20, 30]);
    expect(bars[1].y).toBe(10);
    expect(histogramBars([], 40, 20)).toEqual([]);
    expect(relativeWidths([4, 2, 1])).toEqual([1, 0.5, 0.25]);
  });
});

describe('ProfileView', () => {
  const profile: Profile = {
    table: 'penguins',
    rows: 344,
    columns: [
      { name: 'bill_length_mm', type: 'DOUBLE', kind: 'number', count: 342, nulls: 2, distinct: 164, distinctApproximate: false, min: 32.1, max: 59.6, mean: 43.92193, std: 5.459584, p25: 39.225, p50: 44.45, p75: 48.5, histogram: { edges: [32.1, 45, 59.6], counts: [150, 192] } },
      { name: 'species', type: 'VARCHAR', kind: 'text', count: 344, nulls: 0, distinct: 3, distinctApproximate: false, top: [{ value: 'Adelie', count: 152 }, { value: 'Gentoo', count: 124 }] },
      { name: 'day', type: 'DATE', kind: 'date', count: 344, nulls: 0, distinct: 30, distinctApproximate: true, min: '2007-11-09', max: '2009-12-01' },
    ],
  };

  it('renders a card per column with stats, histogram and top values', () => {
    const html = renderToStaticMarkup(<ProfileView profile={profile} />);
    expect(html).toContain('344 rows · 3 columns');
    expect(html).toContain('bill_length_mm');
    expect(html).toContain('43.92');
    expect(html).toContain('(0.6%)');
    expect(html).toContain('<svg');
    expect(html.match(/<rect/g)).toHaveLength(2);
    expect(html).toContain('Adelie');
    expect(html).toContain('≈30');
    expect(html).toContain('2009-12-01');
  });

  it('speaks Spanish under an es provider', () => {
    const html = renderToStaticMarkup(
      <I18nProvider language="es">
        <ProfileView profile={profile} />
      </I18nProvider>,
    );
    expect(html).toContain('344 filas · 3 columnas');
    expect(html).toContain('Valores más frecuentes');
    expect(html).toContain('43,92');
  });
});
