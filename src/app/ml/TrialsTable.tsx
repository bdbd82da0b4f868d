// Every tuning trial: score, fold scores and parameters as columns; sortable; the best highlighted.
import { useMemo, useState, type ReactNode } from 'react';
import { useLanguage, useT } from '../i18n/I18nProvider';
import { formatMetric } from './metric-format';
import { formatParam, paramColumns, sortTrials, type Trial, type TrialSortKey } from './trials';

function SortHeader({ label, active, descending, onClick }: { label: ReactNode; active: boolean; descending: boolean; onClick(): void }) {
  const t = useT();
  return (
    <th scope="col" aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="ml-sort" onClick={onClick} title={t('ml.sortBy', { column: typeof label === 'string' ? label : '' })}>
        {label}
        <span aria-hidden="true">{active ? (descending ? ' ▾' : ' ▴') : ''}</span>
      </button>
    </th>
  );
}

export function TrialsTable({ trials, metric, higherIsBetter, best }: { trials: readonly Trial[]; metric: string; higherIsBetter: boolean; best: number | null }) {
  const t = useT();
  const lang = useLanguage();
  const [key, setKey] = useState<TrialSortKey>({ by: 'score' });
  const [descending, setDescending] = useState(higherIsBetter);
  const names = useMemo(() => paramColumns(trials), [trials]);
  const rows = useMemo(() => sortTrials(trials, key, descending), [trials, key, descending]);
  const same = (k: TrialSortKey) => k.by === key.by && (k.by !== 'param' || (key.by === 'param' && k.name === key.name));
  const sortBy = (k: TrialSortKey) => {
    if (same(k)) setDescending(!descending);
    else {
      setKey(k);
      setDescending(k.by === 'score' ? higherIsBetter : false);
    }
  };
  return (
    <div className="ml-scroll ml-trials">
      <table className="ml-table">
        <caption>{t('ml.trialsTable')}</caption>
        <thead>
          <tr>
            <SortHeader label={t('ml.trial')} active={key.by === 'trial'} descending={descending} onClick={() => sortBy({ by: 'trial' })} />
            <SortHeader label={t('ml.score', { metric })} active={key.by === 'score'} descending={descending} onClick={() => sortBy({ by: 'score' })} />
            {names.map((n) => (
              <SortHeader key={n} label={n} active={key.by === 'param' && key.name === n} descending={descending} onClick={() => sortBy({ by: 'param', name: n })} />
            ))}
            <th scope="col">{t('ml.foldScores')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.trial} className={r.trial === best ? 'ml-best-row' : undefined} aria-current={r.trial === best ? 'true' : undefined}>
              <td className="num">
                {r.trial}
                {r.trial === best && <span className="ml-badge">{t('ml.best')}</span>}
              </td>
              <td className="num">{formatMetric(r.score, lang)}</td>
              {names.map((n) => (
                <td key={n} className={typeof r.params[n] === 'number' ? 'num' : undefined}>
                  {formatParam(r.params[n])}
                </td>
              ))}
              <td className="ml-folds">{r.fold_scores.map((s) => formatMetric(s, lang)).join(' · ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
