import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { Chart } from './Chart';
import { LossChart } from './LossChart';

describe('Chart (server render)', () => {
  it('shows a loading state until Plotly arrives, and says when data was truncated', () => {
    const html = renderToStaticMarkup(<Chart theme="light" chart={{ type: 'bar', xLabel: 'species', yLabel: 'count', truncated: true, traces: [{ name: 'count', x: ['a'], y: [1] }] }} />);
    expect(html).toContain('Loading chart…');
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('truncated');
    expect(html).toContain('Bar: count / species');
  });
  it('shows an empty state when there is nothing to plot', () => {
    expect(renderToStaticMarkup(<Chart theme="dark" chart={{ type: 'line', xLabel: '', yLabel: '', traces: [] }} />)).toContain('Nothing to plot');
  });
  it('LossChart renders its frame', () => {
    expect(renderToStaticMarkup(<LossChart theme="light" series={{ loss: [1, 0.5] }} />)).toContain('Training curves');
  });
});
