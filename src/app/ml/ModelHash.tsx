// A model's content hash: short on screen, full in the tooltip and on copy.
import { useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { shortHash } from './metric-format';

export function ModelHash({ hash }: { hash: string }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(hash).then(
      () => {
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      },
      () => setCopied(false),
    );
  };
  return (
    <span className="ml-hash">
      <span className="ml-meta-label">{t('ml.modelHash')}</span>
      <code title={hash}>{shortHash(hash)}</code>
      <button type="button" className="bt-button bt-button--small bt-button--ghost" onClick={copy} aria-label={`${t('ml.copy')} ${t('ml.modelHash')}`}>
        {copied ? t('ml.copied') : t('ml.copy')}
      </button>
    </span>
  );
}
