// ML views gallery for eyeballing in dev (`npx vite`, open /src/app/ml/demo/index.html?theme=dark&lang=es).
// Not part of the app bundle; fake outputs from fixtures.ts.
import '@vitejs/plugin-react/preamble';
import { createRoot } from 'react-dom/client';
import type { CellState } from '../../../pipelines/engine/types';
import type { Cell, CellOf } from '../../../pipelines/notebook/schema';
import '../../styles/app.css';
import '../../notebook/notebook.css';
import { I18nProvider } from '../../i18n/I18nProvider';
import { CellBody, type CellContext } from '../../notebook/CellBody';
import type { CellActions } from '../../notebook/CellView';
import { RunsList } from '../../runs/RunsList';
import * as fx from './fixtures';

const params = new URLSearchParams(location.search);
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
const lang = params.get('lang') === 'es' ? 'es' : 'en';
document.documentElement.dataset.theme = theme;

const train: CellOf<'train'> = { id: 'fit', kind: 'train', input: 'parts', task: 'binary', target: 'fraud', model: { type: 'gbdt', params: { max_depth: 4, learning_rate: 0.1 } }, seed: 42 };
const cells: [Cell, CellState | undefined][] = [
  [{ id: 'parts', kind: 'split', input: 'raw', method: 'stratified', by: 'fraud', test_size: 0.2, seed: 42 }, fx.tableState({ train: 8000, test: 2000, method: 'stratified' })],
  [{ id: 'prep', kind: 'transform', input: 'parts', steps: [{ op: 'impute', columns: ['kwh'], strategy: 'median' }, { op: 'scale', columns: ['kwh'] }] }, fx.tableState({ fitted: [{}, {}], fitted_on: 'train', sql: true })],
  [{ ...train, id: 'fit_running' }, fx.runningState],
  [train, fx.trainState],
  [{ id: 'ev', kind: 'evaluate', models: ['fit', 'logit'], slice_by: 'tariff', calibration: 'platt' }, fx.evaluateState],
  [{ id: 'ev_reg', kind: 'evaluate', models: ['fit'] }, fx.regressionState],
  [{ id: 'why', kind: 'explain', model: 'fit', method: 'treeshap', seed: 42 }, fx.explainState],
  [{ id: 'why_perm', kind: 'explain', model: 'fit', method: 'permutation', seed: 42 }, fx.permutationState],
  [{ id: 'search', kind: 'tune', input: 'prep', train: 'fit', search: 'tpe', space: { max_depth: [2, 3, 4, 5, 6, 7], learning_rate: { min: 0.01, max: 0.3, log: true } }, trials: 16, folds: 5, seed: 42 }, fx.tuneState],
  [{ id: 'segments', kind: 'cluster', input: 'prep', k: 3, seed: 1 }, fx.tableState({ metrics: { inertia: 1532.25, silhouette: 0.412 }, centers: [[1.2, -0.3], [0.1, 2.2], [-1.5, 0.4]], features: ['kwh', 'age'] })],
];
const ctx: CellContext = {
  tables: new Map([['parts', { name: 'parts', rows: 10000, columns: ['kwh', 'tariff', 'age', 'fraud', '__split'].map((name) => ({ name, type: 'DOUBLE' })) }], ['prep', { name: 'prep', rows: 10000, columns: ['kwh', 'age'].map((name) => ({ name, type: 'DOUBLE' })) }]]),
  tableCells: ['raw', 'parts', 'prep'],
  fetchWindow: () => async () => new Uint8Array(),
  missingFiles: new Set(),
  theme,
  cells: [train, { id: 'logit', kind: 'train', input: 'parts', task: 'binary', target: 'fraud', model: { type: 'logistic', params: {} }, seed: 42 }],
};
const actions: CellActions = { update: (id, c) => console.log('update', id, JSON.stringify(c)), rename: () => null, run: () => {}, move: () => {}, remove: () => {}, collapse: () => {}, supplyFile: () => {} };
const readOnly = params.get('readonly') === '1';

createRoot(document.getElementById('root')!).render(
  <I18nProvider language={lang}>
    <main style={{ maxWidth: 1000, margin: '0 auto', padding: 16, display: 'flex', flexDirection: 'column', gap: 16 }}>
      {cells.map(([cell, state]) => (
        <section key={cell.id} className={`cell cell-${cell.kind}`} data-cell-id={cell.id}>
          <header className="cell-head">
            <span className="cell-kind">{cell.kind}</span> <code>{cell.id}</code>
          </header>
          <CellBody cell={cell} state={state} status={state?.status ?? 'idle'} readOnly={readOnly} ctx={ctx} actions={actions} />
        </section>
      ))}
      <RunsList runs={fx.runs} />
      <RunsList runs={[]} />
    </main>
  </I18nProvider>,
);
