// An explain cell's result: global importance (with its spread for permutation importance) and,
// for tree models, a few rows explained from the expected value to the prediction.
import { useMemo } from 'react';
import type { ThemeName } from '../components/chart/chart-theme';
import { useLanguage, useT } from '../i18n/I18nProvider';
import { contributionsFigure } from './figures';
import { formatCount, formatMetric } from './metric-format';
import { ImportanceChart } from './ImportanceChart';
import { MlFigure } from './MlFigure';
import type { ExplainOutput } from './outputs';

type Example = NonNullable<ExplainOutput['examples']>[number];

function RowExplanation({ example, theme }: { example: Example; theme: ThemeName }) {
  const t = useT();
  const lang = useLanguage();
  const figure = useMemo(
    () =>
      contributionsFigure(
        {
          expected: example.expectedValue,
          contributions: example.contributions.map((c) => ({ name: `${c.name} = ${formatMetric(c.value, lang)}`, shap: c.shap })),
          rest: example.rest,
          prediction: example.prediction,
        },
        theme,
        { expected: t('ml.expected'), rest: t('ml.rest'), prediction: t('ml.prediction'), x: t('ml.output') },
      ),
    [example, theme, t, lang],
  );
  const height = 70 + 24 * (example.contributions.length + 3);
  return <MlFigure figure={figure} label={`${t('ml.exampleRow', { row: example.row })} · ${t('ml.prediction')} ${formatMetric(example.prediction, lang)}`} height={height} />;
}

export function ExplainResult({ result, theme }: { result: ExplainOutput; theme: ThemeName }) {
  const t = useT();
  const lang = useLanguage();
  const rows = formatCount(result.rows_used, lang);
  const title = result.method === 'permutation' ? t('ml.importanceBy', { scoring: result.scoring ?? '—', rows }) : t('ml.importanceShap', { rows });
  return (
    <div className="ml-output">
      <ImportanceChart items={result.importance} title={title} />
      {result.examples && result.examples.length > 0 && (
        <section className="ml-examples" aria-label={t('ml.examples')}>
          <h4 className="ml-panel-title">{t('ml.examples')}</h4>
          <div className="ml-grid">
            {result.examples.map((ex) => (
              <RowExplanation key={ex.row} example={ex} theme={theme} />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
