// Live loss curves drawn as plain SVG polylines: updating several times a second during training
// must cost next to nothing on the main thread (Plotly is kept for the finished result).
import { liveLossPaths } from './live-loss-paths';

const COLOURS = ['var(--accent, #3b6cf6)', 'var(--warning, #d97706)', 'var(--success, #15803d)', 'var(--danger, #dc2626)'];

export function LiveLossLines({ series, label }: { series: Record<string, number[]>; label: string }) {
  const { paths, min, max } = liveLossPaths(series, 600, 160);
  return (
    <figure className="ml-live-lines" aria-label={label}>
      <svg viewBox="0 0 600 160" preserveAspectRatio="none" role="img" aria-label={label} width="100%" height="160">
        {paths.map((p, i) => (
          <polyline key={p.name} points={p.points} fill="none" stroke={COLOURS[i % COLOURS.length]} strokeWidth="2" vectorEffect="non-scaling-stroke" />
        ))}
      </svg>
      <figcaption className="ml-note" style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        {paths.map((p, i) => (
          <span key={p.name} className="ml-meta-item" style={{ color: COLOURS[i % COLOURS.length] }}>
            {p.name}
          </span>
        ))}
        <span className="ml-meta-item">
          {min.toPrecision(4)} – {max.toPrecision(4)}
        </span>
      </figcaption>
    </figure>
  );
}
