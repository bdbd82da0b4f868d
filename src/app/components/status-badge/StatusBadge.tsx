// A cell's status as colour + icon + text (colour is never the only signal).
import type { CellStatus } from '../../../pipelines/engine/types';
import { useT } from '../../i18n/I18nProvider';

/** Engine statuses plus 'cached' (an ok result reused from the cache). */
export type BadgeStatus = CellStatus | 'cached';

const icons: Record<BadgeStatus, string> = {
  idle: '○',
  stale: '◐',
  queued: '…',
  running: '',
  ok: '✓',
  error: '✕',
  skipped: '↷',
  cancelled: '⊘',
  cached: '✓',
};

export interface StatusBadgeProps {
  status: BadgeStatus;
  /** e.g. "120 ms" or "3 / 20"; appended after the label. */
  detail?: string;
}

export function StatusBadge({ status, detail }: StatusBadgeProps) {
  const t = useT();
  const text = t(`status.${status}` as const);
  // Not a live region: a notebook has many badges and announcing each change would be noise;
  // the shell announces run progress once. Screen readers read the hidden full label.
  return (
    <span className={`bt-badge bt-badge--${status}`} title={text}>
      <span className="visually-hidden">{t('status.label', { status: detail ? `${text}, ${detail}` : text })}</span>
      {status === 'running' ? <span className="bt-badge__pulse" aria-hidden="true" /> : <span className="bt-badge__icon" aria-hidden="true">{icons[status]}</span>}
      <span className="bt-badge__text" aria-hidden="true">{text}</span>
      {detail && <span className="bt-badge__detail" aria-hidden="true">{detail}</span>}
    </span>
  );
}
