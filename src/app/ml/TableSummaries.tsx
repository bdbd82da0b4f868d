// What a transform, split or cluster cell did, above its table: fitted on which rows and whether it
// ran as SQL; train/test counts; cluster quality and centres.
import { useLanguage, useT } from '../i18n/I18nProvider';
import { formatCount, formatMetric } from './metric-format';
import type { ClusterDetails, SplitDetails, TransformDetails } from './outputs';

export function TransformSummary({ details }: { details: TransformDetails }) {
  const t = useT();
  return (
    <p className="ml-meta">
      {details.fitted_on && <span className="ml-meta-item">{details.fitted_on === 'train' ? t('ml.fittedOnTrain') : t('ml.fittedOnAll')}</span>}
      {details.sql !== undefined && <span className="ml-meta-item">{details.sql ? t('ml.sqlYes') : t('ml.sqlNo')}</span>}
      {details.fitted && <span className="ml-meta-item">{t('ml.fittedSteps', { count: details.fitted.length })}</span>}
    </p>
  );
}

export function SplitSummary({ details }: { details: SplitDetails }) {
  const t = useT();
  const lang = useLanguage();
  const method = details.method && ['random', 'stratified', 'chronological', 'group'].includes(details.method) ? t(`ml.split.${details.method as 'random'}`) : (details.method ?? '');
  return (
    <p className="ml-meta">
      <span className="ml-meta-item ml-meta-strong">{t('ml.splitSummary', { train: formatCount(details.train ?? 0, lang), test: formatCount(details.test ?? 0, lang), method })}</span>
    </p>
  );
}

export function ClusterSummary({ details }: { details: ClusterDetails }) {
  const t = useT();
  const lang = useLanguage();
  const centers = details.centers ?? [];
  const features = details.features ?? [];
  return (
    <>
      <p className="ml-meta">
        <span className="ml-meta-item">
          {t('ml.inertia')} <strong>{formatMetric(details.metrics?.inertia, lang)}</strong>
        </span>
        <span className="ml-meta-item">
          {t('ml.silhouette')} <strong>{formatMetric(details.metrics?.silhouette, lang)}</strong>
        </span>
      </p>
      {centers.length > 0 && (
        <div className="ml-scroll">
          <table className="ml-table">
            <caption>{t('ml.centers')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ml.cluster')}</th>
                {features.map((f) => (
                  <th key={f} scope="col" className="num">
                    <code>{f}</code>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {centers.map((row, i) => (
                <tr key={i}>
                  <th scope="row">{i}</th>
                  {row.map((v, j) => (
                    <td key={j} className="num">
                      {formatMetric(v, lang)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
