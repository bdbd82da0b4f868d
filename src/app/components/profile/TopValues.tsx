// Most frequent values as horizontal bars with counts.
import { relativeWidths } from './bars';

export function TopValues({ top, title, format }: { top: { value: string | boolean; count: number }[]; title: string; format(n: number): string }) {
  if (top.length === 0) return null;
  const widths = relativeWidths(top.map((t) => t.count));
  return (
    <div className="bt-topvalues">
      <p className="bt-profile__label">{title}</p>
      <ul>
        {top.map((t, i) => {
          const text = String(t.value);
          return (
            <li key={`${text}-${i}`} className="bt-topvalues__row">
              <span className="bt-topvalues__bar" style={{ width: `${widths[i] * 100}%` }} aria-hidden="true" />
              <span className="bt-topvalues__value" title={text}>{text === '' ? '""' : text}</span>
              <span className="bt-topvalues__count">{format(t.count)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
