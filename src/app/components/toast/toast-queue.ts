// Notification list as pure state transitions: newest last, at most `max` shown, ids increasing.

export type ToastTone = 'info' | 'success' | 'warning' | 'error';

export interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
  /** Milliseconds until it hides itself; 0 keeps it until dismissed (errors default to 0). */
  timeoutMs: number;
}

export interface ToastQueue {
  nextId: number;
  toasts: Toast[];
}

export const emptyToastQueue: ToastQueue = { nextId: 1, toasts: [] };

export function pushToast(q: ToastQueue, tone: ToastTone, message: string, timeoutMs?: number, max = 4): ToastQueue {
  const toast: Toast = { id: q.nextId, tone, message, timeoutMs: timeoutMs ?? (tone === 'error' ? 0 : 5000) };
  // A repeat of the newest message replaces it rather than stacking copies.
  const rest = q.toasts.filter((t) => !(t.message === message && t.tone === tone));
  return { nextId: q.nextId + 1, toasts: [...rest, toast].slice(-max) };
}

export function dismissToast(q: ToastQueue, id: number): ToastQueue {
  return q.toasts.some((t) => t.id === id) ? { ...q, toasts: q.toasts.filter((t) => t.id !== id) } : q;
}
