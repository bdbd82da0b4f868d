// Shows the share link (also when the clipboard refused it), selected for copying by hand.
import { Dialog } from '../components/dialog/Dialog';
import { useT } from '../i18n/I18nProvider';
import { useUiT } from './messages';

export function ShareDialog({ link, onClose }: { link: { url: string; copied: boolean; tooLong: boolean } | null; onClose(): void }) {
  const t = useT();
  const ui = useUiT();
  return (
    <Dialog
      open={!!link}
      title={ui('nb.linkTitle')}
      onClose={onClose}
      actions={
        <button type="button" className="bt-button bt-button--primary" onClick={onClose}>
          {t('dialog.close')}
        </button>
      }
    >
      <p>{link?.copied ? t('toolbar.linkCopied') : ui('nb.linkCopyFailed')}</p>
      <input className="share-url" data-testid="share-url" readOnly value={link?.url ?? ''} onFocus={(e) => e.target.select()} aria-label={ui('nb.linkTitle')} />
      <p className="muted">{ui('nb.linkBody')}</p>
    </Dialog>
  );
}
