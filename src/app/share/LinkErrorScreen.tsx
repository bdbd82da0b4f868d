// A share link that cannot be opened: say why, change nothing, offer the way home.
import { ErrorBox } from '../components/error-box/ErrorBox';
import { useT } from '../i18n/I18nProvider';
import { useUiT } from '../notebook/messages';

export function LinkErrorScreen({ message, onHome }: { message: string; onHome(): void }) {
  const t = useT();
  const ui = useUiT();
  return (
    <main className="center-page" data-screen="link-error">
      <div className="center-card">
        <h1>{ui('link.errorTitle')}</h1>
        <p>{ui('link.errorBody')}</p>
        <ErrorBox title={t('error.invalidLink')} message={message} />
        <button type="button" className="bt-button bt-button--primary" onClick={onHome}>
          {ui('link.home')}
        </button>
      </div>
    </main>
  );
}
