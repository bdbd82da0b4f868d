// One column's profile: identity, completeness, summary statistics and its distribution.
import type { ColumnProfile } from '../../../pipelines/data/profile';
import { useLanguage, useT } from '../../i18n/I18nProvider';
import { formatPercent, formatStat } from './format';
import { MiniHistogram } from './MiniHistogram';
import { TopValues } from './TopValues';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="bt-stat">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function ColumnCard({ column, rows }: { column: ColumnProfile; rows: number }) {
  const t = useT();
  const lang = useLanguage();
  const f = (n: number | null | undefined) => formatStat(n, lang);
  const total = column.count + column.nulls || rows;
  const nullShare = total > 0 ? column.nulls / total : 0;
  return (
    <article className="bt-colcard" aria-label={column.name}>
      <header className="bt-colcard__head">
        <h3 className="bt-colcard__name" title={column.name}>{column.name}</h3>
        <span className={`bt-type bt-type--${column.kind}`} title={t('profile.type')}>{column.type}</span>
      </header>
      <div className="bt-colcard__completeness" aria-hidden="true">
        <span style={{ width: `${(1 - nullShare) * 100}%` }} />
      </div>
      <dl className="bt-colcard__stats">
        <Stat label={t('profile.nulls')} value={`${f(column.nulls)} (${formatPercent(column.nulls, total, lang)})`} />
        <Stat label={t('profile.distinct')} value={`${column.distinctApproximate ? '≈' : ''}${f(column.distinct)}`} />
        {column.kind === 'number' && (
          <>
            <Stat label={t('profile.min')} value={f(column.min)} />
            <Stat label={t('profile.max')} value={f(column.max)} />
            <Stat label={t('profile.mean')} value={f(column.mean)} />
            <Stat label={t('profile.std')} value={f(column.std)} />
            <Stat label={t('profile.p25')} value={f(column.p25)} />
            <Stat label={t('profile.p50')} value={f(column.p50)} />
            <Stat label={t('profile.p75')} value={f(column.p75)} />
          </>
        )}
        {column.kind === 'date' && (
          <>
            <Stat label={t('profile.min')} value={column.min ?? '—'} />
            <Stat label={t('profile.max')} value={column.max ?? '—'} />
          </>
        )}
      </dl>
      {column.kind === 'number' && <MiniHistogram histogram={column.histogram} label={t('profile.histogramLabel', { column: column.name })} format={f} />}
      {(column.kind === 'text' || column.kind === 'boolean') && <TopValues top={column.top} title={t('profile.topValues')} format={f} />}
    </article>
  );
}
