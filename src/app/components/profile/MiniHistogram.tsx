// A tiny inline SVG histogram (no chart library): bars plus the range below.
import type { Histogram } from '../../../pipelines/data/profile';
import { histogramBars } from './bars';

const W = 200;
const H = 48;

export function MiniHistogram({ histogram, label, format }: { histogram: Histogram; label: string; format(n: number): string }) {
  const bars = histogramBars(histogram.counts, W, H);
  if (bars.length === 0) return null;
  const edges = histogram.edges;
  return (
    <figure className="bt-minihist">
      <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={label} className="bt-minihist__svg">
        {bars.map((b, i) => (
          <rect key={i} x={b.x} y={b.y} width={b.width} height={b.height} rx={1}>
            <title>{`${edges[i] !== undefined ? format(edges[i]) : ''}–${edges[i + 1] !== undefined ? format(edges[i + 1]) : ''}: ${histogram.counts[i]}`}</title>
          </rect>
        ))}
      </svg>
      {edges.length >= 2 && (
        <figcaption className="bt-minihist__range">
          <span>{format(edges[0])}</span>
          <span>{format(edges[edges.length - 1])}</span>
        </figcaption>
      )}
    </figure>
  );
}
