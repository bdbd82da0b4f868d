// The runs panel: one line per recorded train/tune/evaluate/cluster execution, sortable by any
// column, newest first; an empty state until something has run. Presentational: runs come in props.
import { useMemo, useState, type ReactNode } from 'react';
import type { RunRecord } from '../../pipelines/governance/run-record';
import { EmptyState } from '../components/empty-state/EmptyState';
import { useLanguage, useT } from '../i18n/I18nProvider';
import { formatMetric } from '../ml/metric-format';
import { formatDuration, sortRuns, summariseRun, type RunSortKey, type RunSummary } from './summarise-run';
import '../ml/ml.css';

function Header({ label, sortKey, current, descending, onSort, numeric }: { label: string; sortKey: RunSortKey; current: RunSortKey; descending: boolean; onSort(k: RunSortKey): void; numeric?: boolean }) {
  const t = useT();
  const active = current === sortKey;
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="ml-sort" onClick={() => onSort(sortKey)} title={t('runs.sortBy', { column: label })}>
        {label}
        <span aria-hidden="true">{active ? (descending ? ' ▾' : ' ▴') : ''}</span>
      </button>
    </th>
  );
}

function Metrics({ run }: { run: RunSummary }) {
  const t = useT();
  const lang = useLanguage();
  return (
    <span className="runs-metrics">
      {run.part === 'train' && <span className="ml-note">{t('ml.train')}: </span>}
      {run.metrics.map((m, i): ReactNode => (
        <span key={`${m.scope ?? ''}.${m.name}`} className="ml-meta-item">
          {i > 0 && ' · '}
          <code>{m.scope ? `${m.scope}.${m.name}` : m.name}</code> {formatMetric(m.value, lang)}
        </span>
      ))}
    </span>
  );
}

export function RunsList({ runs }: { runs: readonly RunRecord[] }) {
  const t = useT();
  const lang = useLanguage();
  const [key, setKey] = useState<RunSortKey>('time');
  const [descending, setDescending] = useState(true);
  const summaries = useMemo(() => runs.map(summariseRun), [runs]);
  const rows = useMemo(() => sortRuns(summaries, key, descending), [summaries, key, descending]);
  const when = useMemo(() => new Intl.DateTimeFormat(lang === 'es' ? 'es-ES' : 'en-US', { dateStyle: 'short', timeStyle: 'medium' }), [lang]);
  const onSort = (k: RunSortKey) => {
    if (k === key) setDescending(!descending);
    else {
      setKey(k);
      setDescending(k === 'time' || k === 'duration');
    }
  };
  if (runs.length === 0) {
    return (
      <section className="runs-list" aria-label={t('runs.title')}>
        <EmptyState compact title={t('runs.empty')} hint={t('runs.emptyHint')} />
      </section>
    );
  }
  const head = { current: key, descending, onSort };
  return (
    <section className="runs-list" aria-label={t('runs.title')}>
      <div className="ml-scroll">
        <table className="ml-table">
          <caption>{t('runs.title')}</caption>
          <thead>
            <tr>
              <Header label={t('runs.time')} sortKey="time" {...head} />
              <Header label={t('runs.cell')} sortKey="cell" {...head} />
              <Header label={t('runs.model')} sortKey="model" {...head} />
              <Header label={t('runs.metrics')} sortKey="metric" {...head} />
              <Header label={t('runs.duration')} sortKey="duration" numeric {...head} />
              <Header label={t('runs.backend')} sortKey="backend" {...head} />
              <th scope="col">{t('runs.hash')}</th>
              <Header label={t('runs.status')} sortKey="status" {...head} />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-run-id={r.id}>
                <td title={r.startedAt}>{Number.isFinite(r.startedMs) ? when.format(r.startedMs) : r.startedAt}</td>
                <td>
                  <code>{r.cell}</code> <span className="ml-note">{t(`cell.kind.${r.kind}`)}</span>
                </td>
                <td>{r.model ?? '—'}</td>
                <td>
                  <Metrics run={r} />
                </td>
                <td className="num">{formatDuration(r.durationMs)}</td>
                <td>{r.backend}</td>
                <td>{r.shortHash ? <code title={r.modelHash ?? undefined}>{r.shortHash}</code> : '—'}</td>
                <td className={`runs-status-${r.status}`} title={r.error ?? undefined}>
                  {t(`status.${r.status}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
