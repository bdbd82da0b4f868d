// Cross-tab notice of notebook saves over BroadcastChannel, so a tab editing a notebook learns
// that another tab saved or deleted it. Where BroadcastChannel is missing, nothing is sent or heard.

const CHANNEL_NAME = 'bitacora:notebooks';

/** Identifies this tab (or worker, or test) so it does not react to its own saves. */
export const THIS_TAB = randomTabId();

export interface NotebookChange {
  id: string;
  /** The new revision; null when the notebook was deleted. */
  revision: number | null;
  /** The tab that made the change. */
  tabId: string;
}

function randomTabId(): string {
  const c = globalThis.crypto;
  return typeof c?.randomUUID === 'function' ? c.randomUUID() : `tab-${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

function hasChannel(): boolean {
  return typeof globalThis.BroadcastChannel === 'function';
}

/** Tells other tabs about a save or delete. Best effort: a failure here must not fail the save. */
export function announceNotebookChange(change: NotebookChange): void {
  if (!hasChannel()) return;
  try {
    const channel = new BroadcastChannel(CHANNEL_NAME);
    channel.postMessage({ type: 'bitacora-notebook-change', ...change });
    channel.close();
  } catch {
    // The save already committed; a missed notice only delays noticing the change.
  }
}

function isChange(data: unknown): data is NotebookChange & { type: string } {
  if (!data || typeof data !== 'object') return false;
  const d = data as Record<string, unknown>;
  return (
    d.type === 'bitacora-notebook-change' &&
    typeof d.id === 'string' &&
    typeof d.tabId === 'string' &&
    (d.revision === null || typeof d.revision === 'number')
  );
}

/**
 * Calls `onChange` when another tab saves or deletes notebook `id`. Returns a function that stops
 * watching. `tabId` is the watcher's own tab: its changes are ignored (default: this context).
 */
export function watchNotebook(id: string, onChange: (change: NotebookChange) => void, options: { tabId?: string } = {}): () => void {
  if (!hasChannel()) return () => {};
  const self = options.tabId ?? THIS_TAB;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (!isChange(data) || data.id !== id || data.tabId === self) return;
    onChange({ id: data.id, revision: data.revision, tabId: data.tabId });
  };
  return () => channel.close();
}
