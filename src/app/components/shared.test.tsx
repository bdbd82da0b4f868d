import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { dismissToast, emptyToastQueue, pushToast } from './toast/toast-queue';
import { nextFocusIndex } from './dialog/focus-trap';
import { StatusBadge } from './status-badge/StatusBadge';
import { ErrorBox } from './error-box/ErrorBox';
import { ProgressBar, clampFraction } from './progress/ProgressBar';
import { EmptyState } from './empty-state/EmptyState';
import { ReviewBanner } from './review-banner/ReviewBanner';
import { I18nProvider } from '../i18n/I18nProvider';

describe('toast queue', () => {
  it('adds with increasing ids, keeps the newest `max`, and folds repeats', () => {
    let q = pushToast(emptyToastQueue, 'info', 'a');
    q = pushToast(q, 'error', 'b');
    expect(q.toasts.map((t) => [t.id, t.message, t.timeoutMs])).toEqual([[1, 'a', 5000], [2, 'b', 0]]);
    q = pushToast(q, 'info', 'a');
    expect(q.toasts.map((t) => t.id)).toEqual([2, 3]);
    q = pushToast(pushToast(q, 'info', 'c', undefined, 3), 'info', 'd', undefined, 3);
    expect(q.toasts.map((t) => t.message)).toEqual(['a', 'c', 'd']);
    expect(dismissToast(q, 3).toasts.map((t) => t.message)).toEqual(['c', 'd']);
    expect(dismissToast(q, 99)).toBe(q);
  });
});

describe('focus trap', () => {
  it('wraps Tab and Shift+Tab', () => {
    expect(nextFocusIndex(0, 3, false)).toBe(1);
    expect(nextFocusIndex(2, 3, false)).toBe(0);
    expect(nextFocusIndex(0, 3, true)).toBe(2);
    expect(nextFocusIndex(-1, 3, false)).toBe(0);
    expect(nextFocusIndex(-1, 3, true)).toBe(2);
    expect(nextFocusIndex(0, 0, false)).toBe(-1);
  });
});

describe('small components', () => {
  it('StatusBadge shows text, not only colour', () => {
    const html = renderToStaticMarkup(<StatusBadge status="stale" />);
    expect(html).toContain('bt-badge--stale');
    expect(html).toContain('>Stale<');
    expect(html).toContain('>Status: Stale<');
    expect(renderToStaticMarkup(<I18nProvider language="es"><StatusBadge status="cached" detail="12 ms" /></I18nProvider>)).toContain('Estado: En caché, 12 ms');
  });

  it('ErrorBox folds details away', () => {
    const html = renderToStaticMarkup(<ErrorBox message="Column &quot;x&quot; not found" details="at cell trips, key sql" />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('<details');
    expect(html).toContain('Something went wrong');
  });

  it('ProgressBar clamps and labels', () => {
    expect(clampFraction(1.5)).toBe(1);
    expect(clampFraction(NaN)).toBe(0);
    const html = renderToStaticMarkup(<ProgressBar value={0.42} />);
    expect(html).toContain('aria-valuenow="42"');
    expect(html).toContain('42%');
    expect(renderToStaticMarkup(<ProgressBar />)).toContain('bt-progress__track--indeterminate');
  });

  it('EmptyState and ReviewBanner render their text', () => {
    expect(renderToStaticMarkup(<EmptyState title="Nothing" hint="Add a cell" />)).toContain('Add a cell');
    const banner = renderToStaticMarkup(<ReviewBanner onRun={() => {}} onFork={() => {}} />);
    expect(banner).toContain('This notebook came from a link. Nothing has run. Run it or make your own copy.');
    expect(banner).toContain('Run this shared notebook');
  });
});
