// Component gallery for eyeballing styles in dev (`npx vite`, open /src/app/components/demo/index.html?theme=dark&lang=es).
// Not part of the app bundle. Fake data only; the grid serves a generated 1M-row table.
import '@vitejs/plugin-react/preamble';
import { createRoot } from 'react-dom/client';
import { useCallback, useState } from 'react';
import { Float64, Int64, Table, tableToIPC, Utf8, vectorFromArray, DateDay, Bool, type Vector } from 'apache-arrow';
import '../../styles/app.css';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ResultGrid } from '../grid/ResultGrid';
import { Chart } from '../chart/Chart';
import { LossChart } from '../chart/LossChart';
import { ProfileView } from '../profile/ProfileView';
import { SqlEditor } from '../sql-editor/SqlEditor';
import { MarkdownView } from '../markdown/MarkdownView';
import { StatusBadge, type BadgeStatus } from '../status-badge/StatusBadge';
import { ProgressBar } from '../progress/ProgressBar';
import { Spinner } from '../progress/Spinner';
import { EmptyState } from '../empty-state/EmptyState';
import { ErrorBox } from '../error-box/ErrorBox';
import { Toasts } from '../toast/Toasts';
import { useToasts } from '../toast/useToasts';
import { Dropzone } from '../dropzone/Dropzone';
import { Dialog } from '../dialog/Dialog';
import { ReviewBanner } from '../review-banner/ReviewBanner';

const params = new URLSearchParams(location.search);
const theme = params.get('theme') === 'dark' ? 'dark' : 'light';
document.documentElement.dataset.theme = theme;

const cities = ['Tetouan', 'Sevilla', 'Bogotá', 'Lima', 'a very long city name that will certainly be truncated in the grid'];
const columns = [
  { name: 'id', type: 'BIGINT' },
  { name: 'city', type: 'VARCHAR' },
  { name: 'day', type: 'DATE' },
  { name: 'load_kw', type: 'DOUBLE' },
  { name: 'ok', type: 'BOOLEAN' },
  ...Array.from({ length: 30 }, (_, i) => ({ name: `feature_${i}`, type: 'DOUBLE' })),
];

async function fetchWindow(offset: number, limit: number): Promise<Uint8Array> {
  await new Promise((r) => setTimeout(r, 120));
  const idx = Array.from({ length: limit }, (_, i) => offset + i);
  const cols: Record<string, Vector> = {
    id: vectorFromArray(idx.map((i) => BigInt(i)), new Int64()),
    city: vectorFromArray(idx.map((i) => (i % 17 === 3 ? null : cities[i % cities.length])), new Utf8()),
    day: vectorFromArray(idx.map((i) => new Date(Date.UTC(2020, 0, 1 + (i % 1000)))), new DateDay()),
    load_kw: vectorFromArray(idx.map((i) => (i % 11 === 0 ? null : 30000 + 5000 * Math.sin(i / 50))), new Float64()),
    ok: vectorFromArray(idx.map((i) => i % 3 !== 0), new Bool()),
  };
  for (let f = 0; f < 30; f++) cols[`feature_${f}`] = vectorFromArray(idx.map((i) => Math.cos(i * (f + 1)) * 10), new Float64());
  return tableToIPC(new Table(cols), 'stream');
}

const statuses: BadgeStatus[] = ['idle', 'stale', 'queued', 'running', 'ok', 'cached', 'error', 'skipped', 'cancelled'];
const xs = Array.from({ length: 60 }, (_, i) => i);

function Demo() {
  const { toasts, notify, dismiss } = useToasts();
  const [open, setOpen] = useState(false);
  const [sql, setSql] = useState("-- daily energy\nSELECT day, avg(load_kw) AS load\nFROM power\nWHERE city = 'Tetouan'\nGROUP BY ALL ORDER BY day;");
  const fw = useCallback(fetchWindow, []);
  return (
    <main style={{ maxWidth: 1040, margin: '0 auto', padding: 24, display: 'grid', gap: 24 }}>
      <ReviewBanner onRun={() => notify('info', 'Run requested')} onFork={() => notify('success', 'Forked')} />
      <section style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
        {statuses.map((s) => <StatusBadge key={s} status={s} detail={s === 'ok' ? '120 ms' : undefined} />)}
        <Spinner label="Loading…" />
        <div style={{ width: 200 }}><ProgressBar value={0.42} message="epoch 4 / 10" /></div>
        <button className="bt-button bt-button--primary" onClick={() => setOpen(true)}>Open dialog</button>
        <button className="bt-button" onClick={() => notify('error', 'The file "trips.csv" is 6 GB, larger than the 2 GB this browser can handle.')}>Toast</button>
        <button className="bt-button bt-button--ghost">Ghost</button>
      </section>
      <MarkdownView source={'## Energy in Tetouan\nDaily load by **zone**, see [DuckDB](https://duckdb.org). `SELECT 1`\n\n<img src=x onerror=alert(1)> [bad](javascript:alert(1))'} />
      <SqlEditor value={sql} onChange={setSql} schema={{ power: ['day', 'city', 'load_kw'] }} label="sql cell" onRun={() => notify('info', 'Run')} />
      <ResultGrid columns={columns} rowCount={1_000_000} fetchWindow={fw} />
      <Chart theme={theme} chart={{ type: 'line', xLabel: 'day', yLabel: 'load (kW)', traces: [{ name: 'zone 1', x: xs, y: xs.map((i) => 30 + 5 * Math.sin(i / 6)) }, { name: 'zone 2', x: xs, y: xs.map((i) => 25 + 4 * Math.cos(i / 8)) }] }} />
      <LossChart theme={theme} series={{ loss: [1, 0.7, 0.5, 0.4, 0.35, 0.32], val_loss: [1.1, 0.8, 0.62, 0.55, 0.53, 0.54] }} />
      <ProfileView profile={{ table: 'power', rows: 52416, columns: [
        { name: 'load_kw', type: 'DOUBLE', kind: 'number', count: 52000, nulls: 416, distinct: 48211, distinctApproximate: false, min: 13895.7, max: 52204.4, mean: 32344.97, std: 7130.5, p25: 26310.7, p50: 32265.9, p75: 37309, histogram: { edges: Array.from({ length: 21 }, (_, i) => 13895 + i * 1915), counts: [3, 10, 40, 120, 400, 900, 1600, 2500, 3800, 5000, 6200, 6800, 6500, 5600, 4700, 3300, 2400, 1300, 600, 227] } },
        { name: 'city', type: 'VARCHAR', kind: 'text', count: 52416, nulls: 0, distinct: 5, distinctApproximate: false, top: cities.map((c, i) => ({ value: c, count: 20000 - i * 3000 })) },
        { name: 'day', type: 'DATE', kind: 'date', count: 52416, nulls: 0, distinct: 364, distinctApproximate: true, min: '2017-01-01', max: '2017-12-30' },
        { name: 'ok', type: 'BOOLEAN', kind: 'boolean', count: 50000, nulls: 2416, distinct: 2, distinctApproximate: false, top: [{ value: true, count: 33000 }, { value: false, count: 17000 }] },
      ] }} />
      <ErrorBox message='Column "lod_kw" is not in table "power". Available columns: day, city, load_kw.' details={'Binder Error: Referenced column "lod_kw" not found\nLINE 1: SELECT lod_kw FROM power'} actions={<button className="bt-button bt-button--small">Fix</button>} />
      <EmptyState title="This notebook has no cells yet." hint="Add a cell, drop a CSV or Parquet file here, or open a dataset from the gallery." action={<button className="bt-button bt-button--primary">Add cell</button>} />
      <Dropzone onFiles={(f) => notify('success', `${f.length} file(s)`)} />
      <Dialog open={open} title="Export bundle" onClose={() => setOpen(false)} actions={<><button className="bt-button" onClick={() => setOpen(false)}>Cancel</button><button className="bt-button bt-button--primary">Export</button></>}>
        <p>The bundle holds the notebook, data snapshots, runs and the audit log.</p>
        <input className="bt-input" placeholder="file name" />
      </Dialog>
      <Toasts toasts={toasts} onDismiss={dismiss} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <I18nProvider language={params.get('lang') === 'es' ? 'es' : 'en'}>
    <Demo />
  </I18nProvider>,
);
