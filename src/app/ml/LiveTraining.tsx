// While a model trains: the live loss curves from the cell's progress and the latest values.
import type { CellState } from '../../pipelines/engine/types';
import { useLanguage, useT } from '../i18n/I18nProvider';
import { LiveLossLines } from './LiveLossLines';
import { formatMetric } from './metric-format';

export function LiveTraining({ progress }: { progress: CellState['progress'] }) {
  const lang = useLanguage();
  const t = useT();
  const series = progress?.series ?? {};
  const values = Object.entries(progress?.values ?? {});
  const hasCurve = Object.values(series).some((s) => s.length > 1);
  return (
    <div className="ml-live" aria-live="polite">
      {values.length > 0 && (
        <p className="ml-meta">
          {values.map(([k, v]) => (
            <span key={k} className="ml-meta-item">
              <code>{k}</code> {formatMetric(v, lang)}
            </span>
          ))}
        </p>
      )}
      {hasCurve && <LiveLossLines series={series} label={t('ml.lossCurves')} />}
    </div>
  );
}
