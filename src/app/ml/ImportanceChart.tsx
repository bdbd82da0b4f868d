// Feature importance as horizontal bars in plain SVG, largest on top, whiskers when a spread is known.
// No Plotly: this chart appears the moment a model finishes training, when loading and first drawing
// Plotly held the page for most of a second.
import { useLanguage, useT } from '../i18n/I18nProvider';
import { importanceBars, type ImportanceItem } from './importance-bars';
import { numberFormat } from './metric-format';

const LIMIT = 20;
const LABEL_W = 100;
const PLOT_W = 230;
const ROW = 22;

export function ImportanceChart({ items, title, axisLabel }: { items: readonly ImportanceItem[]; title?: string; axisLabel?: string }) {
  const t = useT();
  const lang = useLanguage();
  if (items.length === 0) return null;
  const label = title ?? t('ml.importance');
  const { bars, zero, ticks } = importanceBars(items, PLOT_W, LIMIT);
  const plotH = bars.length * ROW;
  const fmt = numberFormat(lang, { maximumSignificantDigits: 4 });
  const tickFmt = numberFormat(lang, { maximumSignificantDigits: 3, notation: 'compact' });
  return (
    <figure className="ml-figure ml-importance" aria-label={label}>
      <figcaption className="ml-figure-title">{label}</figcaption>
      <svg viewBox={`0 0 ${LABEL_W + PLOT_W + 12} ${plotH + 44}`} width="100%" role="img" aria-label={label}>
        <g transform={`translate(${LABEL_W}, 4)`}>
          {ticks.map((tk) => (
            <g key={tk.value}>
              <line x1={tk.x} x2={tk.x} y1={0} y2={plotH} className="ml-importance__grid" />
              <text x={tk.x} y={plotH + 14} textAnchor="middle" className="ml-importance__tick">{tickFmt.format(tk.value)}</text>
            </g>
          ))}
          {bars.map((b, i) => (
            <g key={b.feature} transform={`translate(0, ${i * ROW})`}>
              <title>{`${b.feature}: ${fmt.format(b.value)}${b.std !== null ? ` ± ${fmt.format(b.std)}` : ''}`}</title>
              <text x={-8} y={ROW / 2 + 4} textAnchor="end" className="ml-importance__label">{b.feature.length > 16 ? `${b.feature.slice(0, 15)}…` : b.feature}</text>
              <rect x={b.x0} y={4} width={Math.max(b.x1 - b.x0, 0.5)} height={ROW - 8} className="ml-importance__bar" />
              {b.w0 !== null && b.w1 !== null && <line x1={b.w0} x2={b.w1} y1={ROW / 2} y2={ROW / 2} className="ml-importance__whisker" />}
            </g>
          ))}
          <line x1={zero} x2={zero} y1={0} y2={plotH} className="ml-importance__zero" />
          <text x={PLOT_W / 2} y={plotH + 34} textAnchor="middle" className="ml-importance__axis">{axisLabel ?? t('ml.importanceAxis')}</text>
        </g>
      </svg>
    </figure>
  );
}
