// Feature importance as horizontal bars, largest on top; error bars when a spread is known.
import { useMemo } from 'react';
import type { ThemeName } from '../components/chart/chart-theme';
import { useT } from '../i18n/I18nProvider';
import { importanceFigure } from './figures';
import { MlFigure } from './MlFigure';

const LIMIT = 20;

export function ImportanceChart({ items, theme, title, axisLabel }: { items: readonly { feature: string; value: number; std?: number }[]; theme: ThemeName; title?: string; axisLabel?: string }) {
  const t = useT();
  const x = axisLabel ?? t('ml.importanceAxis');
  const figure = useMemo(() => importanceFigure(items, theme, x, LIMIT), [items, theme, x]);
  if (items.length === 0) return null;
  const height = 60 + 22 * Math.min(items.length, LIMIT);
  return <MlFigure figure={figure} label={title ?? t('ml.importance')} height={height} />;
}
