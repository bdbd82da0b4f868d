// Metrics of one model by the values of a slice column: one row per slice, one column per metric.
import type { SliceMetrics } from '../../pipelines/ml/metrics/sliced';
import { useLanguage, useT } from '../i18n/I18nProvider';
import { formatCount, formatMetric, metricNames } from './metric-format';

export function SlicesTable({ model, column, slices }: { model: string; column: string; slices: readonly SliceMetrics[] }) {
  const t = useT();
  const lang = useLanguage();
  const names = metricNames(slices.map((s) => s.metrics));
  return (
    <div className="ml-scroll">
      <table className="ml-table">
        <caption>
          {t('ml.slices', { column })} · <code>{model}</code>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('ml.slice')}</th>
            <th scope="col" className="num">
              {t('ml.rowsEvaluated')}
            </th>
            {names.map((n) => (
              <th key={n} scope="col" className="num">
                <code>{n}</code>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {slices.map((s) => (
            <tr key={s.slice ?? '\u0000'}>
              <th scope="row">{s.slice ?? <em>{t('ml.missing')}</em>}</th>
              <td className="num">{formatCount(s.rows, lang)}</td>
              {names.map((n) => (
                <td key={n} className="num">
                  {formatMetric(s.metrics[n], lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
