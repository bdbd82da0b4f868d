// While the stores and engine start (or when they cannot): a calm placeholder, or the reason.
import { ErrorBox } from '../components/error-box/ErrorBox';
import { Spinner } from '../components/progress/Spinner';
import { useUiT } from '../notebook/messages';

export function BootScreen({ error }: { error?: string }) {
  const ui = useUiT();
  return (
    <main className="center-page" data-screen={error ? 'fatal' : 'boot'}>
      <div className="center-card">
        {error ? (
          <ErrorBox title={ui('boot.failed')} message={error} />
        ) : (
          <p className="boot-line">
            <Spinner /> {ui('boot.loading')}
          </p>
        )}
      </div>
    </main>
  );
}
