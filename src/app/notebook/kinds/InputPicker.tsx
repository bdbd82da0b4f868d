// Chooses the input table of a chart, profile or validate cell among the cells that make tables.
import { useUiT } from '../messages';

export function InputPicker({ value, options, readOnly, onChange }: { value: string; options: readonly string[]; readOnly: boolean; onChange(v: string): void }) {
  const ui = useUiT();
  const all = options.includes(value) ? options : [value, ...options];
  return (
    <label className="field">
      <span>{ui('cell.input')}</span>
      <select value={value} disabled={readOnly} onChange={(e) => onChange(e.target.value)}>
        {all.map((id) => (
          <option key={id} value={id}>
            {id}
          </option>
        ))}
      </select>
    </label>
  );
}
