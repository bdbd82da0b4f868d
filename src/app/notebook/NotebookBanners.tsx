// Notices above the cells: a save conflict with another tab (Reload / Save as copy), another tab's
// save or delete, storage full (nothing lost: the edit stays in this tab), and engine memory.
import { useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { Dialog } from '../components/dialog/Dialog';
import { ErrorBox } from '../components/error-box/ErrorBox';
import type { NotebookSession, SessionSnapshot } from '../session/notebook-session';
import { formatBytes } from './cell-status';
import { useUiT } from './messages';
import { MEMORY_WARN_FRACTION } from './StatusStrip';

export function NotebookBanners({ snap, session, onError }: { snap: SessionSnapshot; session: NotebookSession; onError(message: string): void }) {
  const t = useT();
  const ui = useUiT();
  const reload = () => void session.reloadFromStore().catch((e: Error) => onError(e.message));
  const copy = () => void session.saveAsCopy().then((id) => history.replaceState(null, '', `${location.pathname}#open=${encodeURIComponent(id)}`)).catch((e: Error) => onError(e.message));
  // Closing the dialog keeps the choice on screen as a banner: the edits stay unsaved until chosen.
  const [dismissed, setDismissed] = useState(false);
  const conflict = snap.save.status === 'conflict';
  if (!conflict && dismissed) setDismissed(false);
  const mem = snap.memory;
  const memHigh = mem && mem.limitBytes > 0 && mem.usedBytes / mem.limitBytes >= MEMORY_WARN_FRACTION;
  return (
    <>
      <Dialog
        open={conflict && !dismissed}
        title={ui('nb.conflict.title')}
        onClose={() => setDismissed(true)}
        dismissable={false}
        size="small"
        actions={
          <>
            <button type="button" className="bt-button" onClick={copy}>
              {ui('nb.conflict.copy')}
            </button>
            <button type="button" className="bt-button bt-button--primary" onClick={reload}>
              {ui('nb.conflict.reload')}
            </button>
          </>
        }
      >
        <p>{ui('nb.conflict.body')}</p>
      </Dialog>
      {conflict && dismissed && (
        <div className="nb-banner warn" role="alert">
          <strong>{ui('nb.conflict.title')}</strong>
          <span>{ui('nb.conflict.body')}</span>
          <button type="button" className="bt-button bt-button--small" onClick={reload}>
            {ui('nb.conflict.reload')}
          </button>
          <button type="button" className="bt-button bt-button--small" onClick={copy}>
            {ui('nb.conflict.copy')}
          </button>
        </div>
      )}
      {snap.externalChange && !conflict && (
        <div className="nb-banner warn" role="status">
          <span>{ui(snap.externalChange === 'deleted' ? 'nb.external.deleted' : 'nb.external.saved')}</span>
          {snap.externalChange === 'saved' && (
            <button type="button" className="bt-button bt-button--small" onClick={reload}>
              {ui('nb.conflict.reload')}
            </button>
          )}
          <button type="button" className="bt-button bt-button--small" onClick={copy}>
            {ui('nb.conflict.copy')}
          </button>
        </div>
      )}
      {snap.save.status === 'full' && <ErrorBox title={t('storage.title')} message={t('storage.full')} details={snap.save.message ?? undefined} />}
      {snap.save.status === 'error' && snap.save.message && <ErrorBox title={ui('nb.save.error')} message={snap.save.message} />}
      {memHigh && mem && (
        <div className="nb-banner warn" role="alert">
          {t('engine.memoryWarning', { used: formatBytes(mem.usedBytes) })}
        </div>
      )}
    </>
  );
}
