// Bottom strip: browser storage used and the data engine's memory (amber near the wasm limit).
import type { SessionSnapshot } from '../session/notebook-session';
import { formatBytes } from './cell-status';
import { useUiT } from './messages';
import { useT } from '../i18n/I18nProvider';

export const MEMORY_WARN_FRACTION = 0.8;

export function StatusStrip({ snap }: { snap: SessionSnapshot }) {
  const ui = useUiT();
  const t = useT();
  const mem = snap.memory;
  const memHigh = mem && mem.limitBytes > 0 && mem.usedBytes / mem.limitBytes >= MEMORY_WARN_FRACTION;
  const storage = snap.storage;
  return (
    <footer className="nb-status">
      <span className="status-item" data-testid="storage-usage">
        {storage ? (storage.quota ? ui('nb.storageOf', { used: formatBytes(storage.bytes), quota: formatBytes(storage.quota) }) : ui('nb.storage', { used: formatBytes(storage.bytes) })) : t('storage.title')}
      </span>
      {mem && (
        <span className={`status-item${memHigh ? ' warn' : ''}`} data-testid="engine-memory" title={t('engine.memory', { used: formatBytes(mem.usedBytes), limit: formatBytes(mem.limitBytes) })}>
          <span className="mem-meter" aria-hidden="true">
            <span style={{ width: `${Math.min(100, (mem.usedBytes / Math.max(1, mem.limitBytes)) * 100)}%` }} />
          </span>
          {t('engine.memory', { used: formatBytes(mem.usedBytes), limit: formatBytes(mem.limitBytes) })}
        </span>
      )}
      <span className="status-hint">{t('cell.runHint')}</span>
    </footer>
  );
}
