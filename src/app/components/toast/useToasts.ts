// Toast state for the shell: notify(tone, message) anywhere, render <Toasts> once.
import { useCallback, useReducer } from 'react';
import { dismissToast, emptyToastQueue, pushToast, type ToastQueue, type ToastTone } from './toast-queue';

type Action = { type: 'push'; tone: ToastTone; message: string; timeoutMs?: number } | { type: 'dismiss'; id: number };

function reduce(q: ToastQueue, a: Action): ToastQueue {
  return a.type === 'push' ? pushToast(q, a.tone, a.message, a.timeoutMs) : dismissToast(q, a.id);
}

export function useToasts() {
  const [queue, dispatch] = useReducer(reduce, emptyToastQueue);
  const notify = useCallback((tone: ToastTone, message: string, timeoutMs?: number) => dispatch({ type: 'push', tone, message, timeoutMs }), []);
  const dismiss = useCallback((id: number) => dispatch({ type: 'dismiss', id }), []);
  return { toasts: queue.toasts, notify, dismiss };
}
