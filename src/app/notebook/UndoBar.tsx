// "Cell deleted — Undo", hiding itself after a few seconds.
import { useEffect } from 'react';
import { useT } from '../i18n/I18nProvider';
import { useUiT } from './messages';

export function UndoBar({ message, onUndo, onClose, timeoutMs = 8000 }: { message: string; onUndo(): void; onClose(): void; timeoutMs?: number }) {
  const t = useT();
  const ui = useUiT();
  useEffect(() => {
    const timer = setTimeout(onClose, timeoutMs);
    return () => clearTimeout(timer);
  }, [message, onClose, timeoutMs]);
  return (
    <div className="undo-bar bt-toast bt-toast--info" role="status">
      <span className="bt-toast__message">{message}</span>
      <button type="button" className="bt-button bt-button--small" onClick={onUndo}>
        {ui('nb.undo')}
      </button>
      <button type="button" className="bt-icon-button" aria-label={t('toast.dismiss')} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
