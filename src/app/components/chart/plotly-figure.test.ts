import { describe, expect, it } from 'vitest';
import type { ChartData } from '../../../pipelines/data/chart-data';
import { lossFigure, plotlyFigure } from './plotly-figure';

const chart = (type: ChartData['type'], traces: ChartData['traces']): ChartData => ({ type, traces, xLabel: 'x', yLabel: 'y' });

describe('plotlyFigure', () => {
  it('maps line and scatter to scatter traces with modes', () => {
    expect(plotlyFigure(chart('line', [{ name: 'a', x: [1, 2], y: [3, 4] }]), 'light').data[0]).toMatchObject({ type: 'scatter', mode: 'lines', x: [1, 2], y: [3, 4], showlegend: false });
    expect(plotlyFigure(chart('scatter', [{ name: 'a', x: [1], y: [2] }, { name: 'b', x: [1], y: [2] }]), 'dark').data[1]).toMatchObject({ type: 'scatter', mode: 'markers', name: 'b', showlegend: true });
  });

  it('draws binned histograms as touching bars at the bin centres', () => {
    const fig = plotlyFigure(chart('histogram', [{ name: 'count', x: [0.5, 1.5, 2.5], y: [3, 5, 1] }]), 'light');
    expect(fig.data[0]).toMatchObject({ type: 'bar', x: [0.5, 1.5, 2.5], y: [3, 5, 1], width: 1 });
    expect(fig.layout.bargap).toBe(0.04);
  });

  it('uses precomputed box statistics when present, raw values otherwise', () => {
    const box = { q1: [1], median: [2], q3: [3], lowerfence: [0], upperfence: [5] };
    expect(plotlyFigure(chart('box', [{ name: 'y', x: ['a'], y: [2], box }]), 'light').data[0]).toMatchObject({ type: 'box', q1: [1], median: [2], q3: [3], lowerfence: [0], upperfence: [5], x: ['a'] });
    expect(plotlyFigure(chart('box', [{ name: 'y', x: [], y: [1, 2, 3] }]), 'light').data[0]).toMatchObject({ type: 'box', y: [1, 2, 3], x: undefined });
  });

  it('passes the heatmap matrix through with a themed colour scale', () => {
    const z = [[1, null], [3, 4]];
    const t = plotlyFigure(chart('heatmap', [{ name: 'count', x: ['a', 'b'], y: ['p', 'q'], z }]), 'dark').data[0];
    expect(t).toMatchObject({ type: 'heatmap', z, x: ['a', 'b'], y: ['p', 'q'] });
    expect((t.colorscale as unknown[]).length).toBe(3);
  });

  it('keeps the mode bar minimal and logo-free, with transparent theme-aware backgrounds', () => {
    const fig = plotlyFigure(chart('bar', [{ name: 'a', x: ['x'], y: [1] }]), 'dark');
    expect(fig.config).toMatchObject({ displaylogo: false, responsive: true });
    expect(fig.layout).toMatchObject({ paper_bgcolor: 'rgba(0,0,0,0)', font: { color: '#e6e8ee' } });
    expect((fig.layout.xaxis as { title: { text: string } }).title.text).toBe('x');
  });
});

describe('lossFigure', () => {
  it('plots each series against 1-based epochs', () => {
    const fig = lossFigure({ loss: [0.9, 0.5], val_loss: [1, 0.7] }, 'light', { x: 'Epoch', y: 'Loss' });
    expect(fig.data.map((d) => [d.name, d.x])).toEqual([['loss', [1, 2]], ['val_loss', [1, 2]]]);
    expect(fig.config.displayModeBar).toBe(false);
  });
});
