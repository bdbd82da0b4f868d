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
  return (
    <span className={`bt-badge bt-badge--${status}`} role="status" aria-label={t('status.label', { status: detail ? `${text}, ${detail}` : text })} title={text}>
      {status === 'running' ? <span className="bt-badge__pulse" aria-hidden="true" /> : <span className="bt-badge__icon" aria-hidden="true">{icons[status]}</span>}
      <span className="bt-badge__text">{text}</span>
      {detail && <span className="bt-badge__detail">{detail}</span>}
    </span>
  );
}
