// Modal dialog: focus moves in and is trapped, Esc or the backdrop closes, focus returns on close.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../i18n/I18nProvider';
import { FOCUSABLE, nextFocusIndex } from './focus-trap';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Footer buttons. */
  actions?: ReactNode;
  /** Close when the backdrop is clicked (default true). */
  dismissable?: boolean;
  size?: 'small' | 'medium' | 'large';
}

export function Dialog({ open, title, onClose, children, actions, dismissable = true, size = 'medium' }: DialogProps) {
  const t = useT();
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement as HTMLElement | null;
    // Autofocus wins, then the first field of the body, then the footer, then the close button.
    const p = panel.current;
    const first = p?.querySelector<HTMLElement>('[autofocus], [data-autofocus]') ?? p?.querySelector<HTMLElement>(`.bt-dialog__body :is(${FOCUSABLE})`) ?? p?.querySelector<HTMLElement>(`.bt-dialog__footer :is(${FOCUSABLE})`) ?? p?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? p)?.focus();
    return () => previous?.focus?.();
  }, [open]);

  if (!open || typeof document === 'undefined') return null;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !panel.current) return;
    const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
    const index = nextFocusIndex(items.indexOf(document.activeElement as HTMLElement), items.length, e.shiftKey);
    e.preventDefault();
    (index >= 0 ? items[index] : panel.current).focus();
  };

  return createPortal(
    <div className="bt-dialog__backdrop" onMouseDown={(e) => dismissable && e.target === e.currentTarget && onClose()}>
      <div ref={panel} className={`bt-dialog bt-dialog--${size}`} role="dialog" aria-modal="true" aria-labelledby={titleId} tabIndex={-1} onKeyDown={onKeyDown}>
        <header className="bt-dialog__header">
          <h2 id={titleId} className="bt-dialog__title">{title}</h2>
          <button type="button" className="bt-icon-button" aria-label={t('dialog.close')} onClick={onClose}>
            ×
          </button>
        </header>
        <div className="bt-dialog__body">{children}</div>
        {actions && <footer className="bt-dialog__footer">{actions}</footer>}
      </div>
    </div>,
    document.body,
  );
}
