// Indeterminate activity indicator with an accessible name.
export function Spinner({ label, size = 16 }: { label?: string; size?: number }) {
  return (
    <span className="bt-spinner" role="status" aria-live="polite">
      <span className="bt-spinner__ring" style={{ width: size, height: size }} aria-hidden="true" />
      {label && <span className="bt-spinner__label">{label}</span>}
    </span>
  );
}
