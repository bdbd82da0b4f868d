// A quiet placeholder for "nothing here yet", with an optional hint and action.
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  title: string;
  hint?: string;
  icon?: ReactNode;
  action?: ReactNode;
  compact?: boolean;
}

export function EmptyState({ title, hint, icon, action, compact }: EmptyStateProps) {
  return (
    <div className={`bt-empty${compact ? ' bt-empty--compact' : ''}`}>
      {icon && <div className="bt-empty__icon" aria-hidden="true">{icon}</div>}
      <p className="bt-empty__title">{title}</p>
      {hint && <p className="bt-empty__hint">{hint}</p>}
      {action && <div className="bt-empty__action">{action}</div>}
    </div>
  );
}
