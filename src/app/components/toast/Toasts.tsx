// Notifications stacked in a corner; polite for info, assertive for errors; each hides after its timeout.
import { useEffect } from 'react';
import { useT } from '../../i18n/I18nProvider';
import type { Toast } from './toast-queue';

export interface ToastsProps {
  toasts: Toast[];
  onDismiss(id: number): void;
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss(id: number): void }) {
  const t = useT();
  useEffect(() => {
    if (toast.timeoutMs <= 0) return;
    const timer = setTimeout(() => onDismiss(toast.id), toast.timeoutMs);
    return () => clearTimeout(timer);
  }, [toast.id, toast.timeoutMs, onDismiss]);
  return (
    <li className={`bt-toast bt-toast--${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
      <span className="bt-toast__message">{toast.message}</span>
      <button type="button" className="bt-icon-button" aria-label={t('toast.dismiss')} onClick={() => onDismiss(toast.id)}>
        ×
      </button>
    </li>
  );
}

export function Toasts({ toasts, onDismiss }: ToastsProps) {
  return (
    <ol className="bt-toasts" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} onDismiss={onDismiss} />
      ))}
    </ol>
  );
}
