// Metrics side by side: one row per metric (snake_case names as keys), one column per part or
// model; optionally the best value of each row highlighted (lower is better for errors).
import type { ReactNode } from 'react';
import { useLanguage, useT } from '../i18n/I18nProvider';
import { bestIndex, formatMetric, metricNames } from './metric-format';

export interface MetricsColumn {
  id: string;
  label: ReactNode;
  metrics: Record<string, unknown> | null | undefined;
}

export function MetricsTable({ columns, highlightBest = false, caption }: { columns: readonly MetricsColumn[]; highlightBest?: boolean; caption?: string }) {
  const t = useT();
  const lang = useLanguage();
  const names = metricNames(columns.map((c) => c.metrics));
  if (names.length === 0) return null;
  return (
    <table className="ml-table ml-metrics">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('ml.metricName')}</th>
          {columns.map((c) => (
            <th key={c.id} scope="col" className="num">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {names.map((name) => {
          const values = columns.map((c) => c.metrics?.[name]);
          const best = highlightBest && columns.length > 1 ? bestIndex(name, values as (number | undefined)[]) : -1;
          return (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              {values.map((v, i) => (
                <td key={columns[i].id} className={`num${i === best ? ' ml-best' : ''}`} aria-current={i === best ? 'true' : undefined} title={typeof v === 'number' ? String(v) : undefined}>
                  {formatMetric(v, lang)}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
