// React access to an open NotebookSession: the current snapshot, re-rendered on every change.
import { useSyncExternalStore } from 'react';
import type { NotebookSession, SessionSnapshot } from './notebook-session';

export function useNotebookSession(session: NotebookSession): SessionSnapshot {
  return useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
}
