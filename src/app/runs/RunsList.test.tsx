// The runs panel rendered to markup: empty state, newest first, key metrics, short hash, status.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { RUN_RECORD_SCHEMA, type RunRecord } from '../../pipelines/governance/run-record';
import { I18nProvider } from '../i18n/I18nProvider';
import { RunsList } from './RunsList';

function run(id: string, started: string, over: Partial<RunRecord> = {}): RunRecord {
  return {
    schema: RUN_RECORD_SCHEMA,
    id,
    notebook: { title: 'nb', hash: 'h' },
    cell: { id: `cell_${id}`, kind: 'train', key: 'k', spec: {} },
    inputs: [],
    data_hashes: [],
    seed: 1,
    params: { model: 'gbdt', task: 'regression' },
    metrics: { test: { rmse: 1.25, mae: 1, r2: 0.75 } },
    series: {},
    backend: 'cpu',
    versions: {},
    user_agent: 'test',
    started_at: started,
    duration_ms: 2500,
    status: 'ok',
    error: null,
    model_hash: `${id}0123456789abcdef`,
    ...over,
  };
}

describe('RunsList', () => {
  it('shows an empty state without runs', () => {
    const html = renderToStaticMarkup(<RunsList runs={[]} />);
    expect(html).toContain('No runs yet');
    expect(html).not.toContain('<table');
  });

  it('lists runs newest first with metrics, duration, backend, short hash and status', () => {
    const html = renderToStaticMarkup(<RunsList runs={[run('a', '2026-11-26T09:00:00Z'), run('b', '2026-11-26T10:00:00Z', { status: 'error', error: 'boom' })]} />);
    expect(html.indexOf('data-run-id="b"')).toBeLessThan(html.indexOf('data-run-id="a"'));
    expect(html).toContain('<code>rmse</code> 1.25');
    expect(html).toContain('2.5 s');
    expect(html).toContain('>a0123456789a<');
    expect(html).toContain('title="boom"');
    expect(html).toContain('aria-sort="descending"');
  });

  it('speaks Spanish', () => {
    const html = renderToStaticMarkup(
      <I18nProvider language="es">
        <RunsList runs={[]} />
      </I18nProvider>,
    );
    expect(html).toContain('Aún no hay ejecuciones');
  });
});
