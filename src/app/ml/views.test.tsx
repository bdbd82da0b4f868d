// Modelling cell views rendered to markup with hand-made outputs: what each shows, the best values
// highlighted, read-only forms disabled, and "Use best params" writing into the train cell.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CellState } from '../../pipelines/engine/types';
import type { Cell, CellOf } from '../../pipelines/notebook/schema';
import type { CellContext } from '../notebook/CellBody';
import type { CellActions } from '../notebook/CellView';
import { CellBody } from '../notebook/CellBody';
import { mergedLoss } from './EvaluateResult';
import { MetricsTable } from './MetricsTable';
import { TuneResult, withBestParams } from './TuneResult';
import type { TuneOutput } from './outputs';

const trainCell: CellOf<'train'> = { id: 'fit', kind: 'train', input: 'parts', task: 'binary', target: 'y', model: { type: 'gbdt', params: { max_depth: 3 } }, seed: 42 };
const ctx: CellContext = {
  tables: new Map([['parts', { name: 'parts', rows: 100, columns: [{ name: 'a', type: 'DOUBLE' }, { name: 'b', type: 'VARCHAR' }, { name: 'y', type: 'BIGINT' }, { name: '__split', type: 'VARCHAR' }] }]]),
  tableCells: ['raw', 'parts'],
  fetchWindow: () => async () => new Uint8Array(),
  missingFiles: new Set(),
  theme: 'light',
  cells: [trainCell],
};
const updates: [string, Cell][] = [];
const actions: CellActions = { update: (id, cell) => updates.push([id, cell]), rename: () => null, run: () => {}, move: () => {}, remove: () => {}, collapse: () => {}, supplyFile: () => {} };

function state(value: Record<string, unknown>, status: CellState['status'] = 'ok'): CellState {
  return { id: 'x', status, key: 'k', cached: false, ms: 10, rows: null, error: null, output: { kind: 'json', value } };
}
const render = (cell: Cell, s: CellState | undefined, readOnly = false) => renderToStaticMarkup(<CellBody cell={cell} state={s} status={s?.status ?? 'idle'} readOnly={readOnly} ctx={ctx} actions={actions} />);

describe('MetricsTable', () => {
  it('highlights the lowest error and the highest score of each row', () => {
    const html = renderToStaticMarkup(<MetricsTable highlightBest columns={[{ id: 'm1', label: 'm1', metrics: { rmse: 2, r2: 0.5 } }, { id: 'm2', label: 'm2', metrics: { rmse: 1.5, r2: 0.4 } }]} />);
    expect(html).toMatch(/<td class="num ml-best"[^>]*>1\.5<\/td>/);
    expect(html).toMatch(/<td class="num ml-best"[^>]*>0\.5<\/td>/);
    expect(html.match(/ml-best/g)).toHaveLength(2);
  });
});

describe('train cell', () => {
  const result = {
    kind: 'train', model_hash: '0123456789abcdef0123', task: 'binary', model_type: 'gbdt', params: {}, target: 'y', features: ['a'], labels: ['no', 'yes'],
    metrics: { train: { accuracy: 0.99, roc_auc: 0.995 }, test: { accuracy: 0.9, roc_auc: 0.93 } },
    history: { series: { train_loss: [0.6, 0.4] }, iterations: 2 }, importance: [{ feature: 'a', value: 1 }], rows: { train: 80, test: 20 }, model: {},
  };
  it('shows the spec form from the input columns, hiding the split column', () => {
    const html = render(trainCell, undefined);
    expect(html).toContain('Binary classification');
    expect(html).toContain('<option value="a">a</option>');
    expect(html).not.toContain('__split');
    expect(html).toContain('max_depth: 3');
  });
  it('shows train vs test metrics, rows, backend and the short hash when done', () => {
    const html = render(trainCell, state(result));
    expect(html).toContain('Gradient boosting');
    expect(html).toContain('80 training rows · 20 test rows');
    expect(html).toContain('Backend requested: Automatic');
    expect(html).toContain('>0123456789ab<');
    expect(html).toContain('<code>roc_auc</code>');
    expect(html).toContain('>0.93<');
  });
  it('draws loss curves of two points or more, not the single loss of a closed-form fit', () => {
    expect(render(trainCell, state(result))).toContain('aria-label="Loss curves"');
    const ridge = { ...result, model_type: 'ridge', history: { series: { train_loss: [19.5] }, iterations: 1 } };
    expect(render(trainCell, state(ridge))).not.toContain('aria-label="Loss curves"');
  });
  it('disables every control in read-only mode', () => {
    const html = render(trainCell, state(result), true);
    expect(html).not.toMatch(/<select(?![^>]*disabled)/);
    expect(html).toMatch(/<textarea[^>]*readOnly/i);
  });
});

describe('evaluate cell', () => {
  it('compares models in one table and names the confusion matrices', () => {
    const ev: CellOf<'evaluate'> = { id: 'ev', kind: 'evaluate', models: ['fit'] };
    const models = [
      { id: 'fit', task: 'binary', model_type: 'gbdt', rows: 20, metrics: { roc_auc: 0.9, log_loss: 0.3 }, labels: ['no', 'yes'], confusion: [[8, 2], [1, 9]], roc: { fpr: [0, 1], tpr: [0, 1] } },
      { id: 'lr', task: 'binary', model_type: 'logistic', rows: 20, metrics: { roc_auc: 0.8, log_loss: 0.25 }, labels: ['no', 'yes'], confusion: [[7, 3], [2, 8]] },
    ];
    const html = render(ev, state({ kind: 'evaluate', models }));
    expect(html).toContain('Confusion matrix: fit');
    expect(html).toContain('Confusion matrix: lr');
    expect(html).toContain('ROC curve');
    expect(html).toMatch(/ml-best"[^>]*>0\.9</);
    expect(html).toMatch(/ml-best"[^>]*>0\.25</);
  });
});

describe('mergedLoss', () => {
  it('names series by model when there are several, and drops single points', () => {
    const m = (id: string, loss: Record<string, number[]>) => ({ id, task: 'regression', model_type: 'x', rows: 1, metrics: {}, loss }) as never;
    expect(mergedLoss([m('gb', { train_loss: [3, 2] }), m('ridge', { train_loss: [5] })])).toEqual({ 'gb: train_loss': [3, 2] });
    expect(mergedLoss([m('gb', { train_loss: [3, 2], valid_loss: [4, 3] })])).toEqual({ train_loss: [3, 2], valid_loss: [4, 3] });
  });
});

describe('tune', () => {
  const result: TuneOutput = {
    metric: 'roc_auc', higher_is_better: true, train: 'fit',
    trials: [
      { trial: 1, score: 0.8, params: { max_depth: 3 }, fold_scores: [0.79, 0.81] },
      { trial: 2, score: 0.9, params: { max_depth: 5 }, fold_scores: [0.9, 0.9] },
    ],
    best: { trial: 2, score: 0.9, params: { max_depth: 5 }, fold_scores: [0.9, 0.9] },
    best_params: { max_depth: 5 },
  };
  it('lists trials best first with the best row marked and offers the best params', () => {
    const html = renderToStaticMarkup(<TuneResult result={result} theme="light" useBest={{ cell: trainCell, readOnly: false, apply: () => {} }} />);
    expect(html.indexOf('<tr class="ml-best-row"')).toBeGreaterThan(0);
    expect(html).toContain('Best roc_auc: 0.9 (trial 2)');
    expect(html).toMatch(/<button[^>]*>Use best params<\/button>/);
    expect(html).not.toMatch(/<button[^>]*disabled[^>]*>Use best params/);
  });
  it('writes the best params into the train cell, keeping the rest of its spec', () => {
    expect(withBestParams({ ...trainCell, model: { ...trainCell.model, backend: 'wasm' } }, { max_depth: 5, learning_rate: 0.1 })).toEqual({
      ...trainCell,
      model: { type: 'gbdt', backend: 'wasm', params: { max_depth: 5, learning_rate: 0.1 } },
    });
  });
  it('has no button in read-only mode and a disabled one without the train cell', () => {
    expect(renderToStaticMarkup(<TuneResult result={result} theme="light" useBest={{ cell: trainCell, readOnly: true, apply: () => {} }} />)).not.toContain('Use best params');
    expect(renderToStaticMarkup(<TuneResult result={result} theme="light" useBest={{ cell: null, readOnly: false, apply: () => {} }} />)).toMatch(/<button[^>]*disabled[^>]*>Use best params/);
  });
});

describe('explain cell', () => {
  const cell: CellOf<'explain'> = { id: 'why', kind: 'explain', model: 'fit', method: 'treeshap', seed: 42 };
  it('titles permutation importance with its scoring and rows', () => {
    const html = render({ ...cell, method: 'permutation' }, state({ kind: 'explain', method: 'permutation', importance: [{ feature: 'a', value: 0.1, std: 0.01 }], scoring: 'accuracy', rows_used: 1500 }));
    expect(html).toContain('Mean drop in accuracy when a feature is shuffled, over 1,500 rows');
    expect(html).toContain('<option value="fit" selected="">fit</option>');
  });
  it('shows each explained row with its prediction', () => {
    const example = { row: 7, output: 1, expectedValue: 0.2, prediction: 0.65, contributions: [{ feature: 0, name: 'a', value: 3, shap: 0.45 }], rest: 0 };
    const html = render(cell, state({ kind: 'explain', method: 'treeshap', importance: [{ feature: 'a', value: 0.4 }], rows_used: 20, examples: [example] }));
    expect(html).toContain('Row explanations');
    expect(html).toContain('Row 7 · Prediction 0.65');
  });
});

describe('table-making cells', () => {
  const table = (details: Record<string, unknown>): CellState => ({ id: 'x', status: 'ok', key: 'k', cached: false, ms: 1, rows: 100, error: null, output: { kind: 'table', table: { name: 'x', rows: 100, columns: [] }, details } });
  it('split: counts and method', () => {
    const html = render({ id: 'parts', kind: 'split', input: 'raw', method: 'stratified', by: 'y', test_size: 0.2, seed: 42 }, table({ train: 80, test: 20, method: 'stratified' }));
    expect(html).toContain('80 training rows · 20 test rows · Stratified');
  });
  it('transform: fitted on train, SQL', () => {
    const html = render({ id: 'prep', kind: 'transform', input: 'parts', steps: [{ op: 'scale', columns: ['a'] }] }, table({ fitted: [{}], fitted_on: 'train', sql: true }));
    expect(html).toContain('Fitted on the training rows only');
    expect(html).toContain('Runs as SQL in DuckDB');
  });
  it('cluster: metrics and centres', () => {
    const html = render({ id: 'km', kind: 'cluster', input: 'parts', k: 2, seed: 1 }, table({ metrics: { inertia: 12.5, silhouette: 0.61 }, centers: [[1, 2], [3, 4.25]], features: ['a', 'c'] }));
    expect(html).toContain('<strong>12.5</strong>');
    expect(html).toContain('Cluster centres');
    expect(html).toContain('>4.25<');
  });
});
