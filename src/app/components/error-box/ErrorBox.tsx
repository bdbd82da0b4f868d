// An error the user can read: the message up front, technical details folded away.
import type { ReactNode } from 'react';
import { useT } from '../../i18n/I18nProvider';

export interface ErrorBoxProps {
  message: string;
  /** Heading; defaults to a generic "Something went wrong". */
  title?: string;
  /** Stack trace, SQL, key path…: shown in a collapsed <details>. */
  details?: string;
  /** Buttons such as "Retry" or "Choose the file again". */
  actions?: ReactNode;
}

export function ErrorBox({ message, title, details, actions }: ErrorBoxProps) {
  const t = useT();
  return (
    <div className="bt-error" role="alert">
      <div className="bt-error__icon" aria-hidden="true">!</div>
      <div className="bt-error__body">
        <p className="bt-error__title">{title ?? t('error.title')}</p>
        <p className="bt-error__message">{message}</p>
        {details && (
          <details className="bt-error__details">
            <summary>{t('error.details')}</summary>
            <pre>{details}</pre>
          </details>
        )}
        {actions && <div className="bt-error__actions">{actions}</div>}
      </div>
    </div>
  );
}
