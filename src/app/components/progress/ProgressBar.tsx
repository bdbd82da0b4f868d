// Determinate progress (0..1) or indeterminate when `value` is undefined.
import { useT } from '../../i18n/I18nProvider';

export interface ProgressBarProps {
  /** 0..1; undefined shows an indeterminate bar. */
  value?: number;
  label?: string;
  /** Text shown beside the bar, e.g. "epoch 3 / 20". */
  message?: string;
}

export function clampFraction(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

export function ProgressBar({ value, label, message }: ProgressBarProps) {
  const t = useT();
  const fraction = value === undefined ? undefined : clampFraction(value);
  const percent = fraction === undefined ? undefined : Math.round(fraction * 100);
  return (
    <div className="bt-progress">
      <div
        className={`bt-progress__track${fraction === undefined ? ' bt-progress__track--indeterminate' : ''}`}
        role="progressbar"
        aria-label={label ?? t('progress.label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={message ?? (percent === undefined ? undefined : t('progress.percent', { percent }))}
      >
        <div className="bt-progress__fill" style={fraction === undefined ? undefined : { width: `${fraction * 100}%` }} />
      </div>
      {(message || percent !== undefined) && <span className="bt-progress__text">{message ?? t('progress.percent', { percent: percent ?? 0 })}</span>}
    </div>
  );
}
