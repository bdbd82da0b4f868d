// Shown above a notebook opened from a link: nothing has run; run it or fork it.
import { useT } from '../../i18n/I18nProvider';

export interface ReviewBannerProps {
  onRun(): void;
  onFork(): void;
}

export function ReviewBanner({ onRun, onFork }: ReviewBannerProps) {
  const t = useT();
  return (
    <section className="bt-review" aria-label={t('review.title')}>
      <span className="bt-review__tag">{t('review.title')}</span>
      <p className="bt-review__text">{t('review.banner')}</p>
      <div className="bt-review__actions">
        <button type="button" className="bt-button bt-button--primary" onClick={onRun}>
          {t('toolbar.runShared')}
        </button>
        <button type="button" className="bt-button" onClick={onFork}>
          {t('toolbar.fork')}
        </button>
      </div>
    </section>
  );
}
