// Loss curves drawn as plain SVG polylines: updating several times a second during training must cost
// next to nothing on the main thread, and the finished train cell shows the same drawing (loading and
// first drawing Plotly at that moment held the page for most of a second). The y range is written at
// the top and bottom of the plot, the iterations below it.
import { useLanguage } from '../i18n/I18nProvider';
import { liveLossPaths } from './live-loss-paths';
import { numberFormat } from './metric-format';

const COLOURS = ['var(--accent, #3b6cf6)', 'var(--warning, #d97706)', 'var(--success, #15803d)', 'var(--danger, #dc2626)'];

export function LiveLossLines({ series, label, iterationsLabel }: { series: Record<string, number[]>; label: string; iterationsLabel?: string }) {
  const lang = useLanguage();
  const { paths, min, max } = liveLossPaths(series, 600, 160);
  const longest = Math.max(0, ...Object.values(series).map((s) => s.length));
  const fmt = numberFormat(lang, { maximumSignificantDigits: 4 });
  return (
    <figure className="ml-live-lines" aria-label={label}>
      <div className="ml-live-lines__plot">
        <span className="ml-live-lines__y ml-live-lines__y--max">{fmt.format(max)}</span>
        <span className="ml-live-lines__y ml-live-lines__y--min">{fmt.format(min)}</span>
        <svg viewBox="0 0 600 160" preserveAspectRatio="none" role="img" aria-label={label} width="100%" height="160">
          {paths.map((p, i) => (
            <polyline key={p.name} points={p.points} fill="none" stroke={COLOURS[i % COLOURS.length]} strokeWidth="2" vectorEffect="non-scaling-stroke" />
          ))}
        </svg>
        <span className="ml-live-lines__x">
          <span>1</span>
          {iterationsLabel && <span>{iterationsLabel}</span>}
          <span>{fmt.format(longest)}</span>
        </span>
      </div>
      <figcaption className="ml-note ml-live-lines__legend">
        {paths.map((p, i) => (
          <span key={p.name} className="ml-meta-item" style={{ color: COLOURS[i % COLOURS.length] }}>
            {p.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
