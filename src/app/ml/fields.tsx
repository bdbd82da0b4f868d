// Small labelled form controls for modelling cell specs: selects, numbers validated on blur,
// and column pickers over the input table's columns.
import { useEffect, useId, useState } from 'react';
import { useT } from '../i18n/I18nProvider';

export interface Option {
  value: string;
  label: string;
}

export function SelectField({ label, value, options, readOnly, onChange }: { label: string; value: string; options: readonly Option[]; readOnly: boolean; onChange(v: string): void }) {
  const all = options.some((o) => o.value === value) ? options : [{ value, label: value }, ...options];
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} disabled={readOnly} onChange={(e) => onChange(e.target.value)}>
        {all.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A column of the input table, or none when `noneLabel` is given; an unknown current value stays listed. */
export function ColumnField({ label, value, columns, noneLabel, readOnly, onChange }: { label: string; value: string | undefined; columns: readonly string[]; noneLabel?: string; readOnly: boolean; onChange(v: string | undefined): void }) {
  const options: Option[] = [...(noneLabel !== undefined || !value ? [{ value: '', label: noneLabel ?? '' }] : []), ...columns.map((c) => ({ value: c, label: c }))];
  return <SelectField label={label} value={value ?? ''} options={options} readOnly={readOnly} onChange={(v) => onChange(v || undefined)} />;
}

export interface NumberRule {
  min?: number;
  max?: number;
  /** Exclusive bounds, e.g. test_size in (0, 1). */
  exclusive?: boolean;
  integer?: boolean;
}

export type NumberProblem = { key: 'ml.rule.number' | 'ml.rule.integer' | 'ml.rule.required' } | { key: 'ml.rule.min' | 'ml.rule.max' | 'ml.rule.above' | 'ml.rule.below'; bound: number };

/** Why `n` breaks the rule, or null. */
export function numberProblem(n: number, rule: NumberRule): NumberProblem | null {
  if (!Number.isFinite(n)) return { key: 'ml.rule.number' };
  if (rule.integer && !Number.isInteger(n)) return { key: 'ml.rule.integer' };
  if (rule.min !== undefined && (rule.exclusive ? n <= rule.min : n < rule.min)) return { key: rule.exclusive ? 'ml.rule.above' : 'ml.rule.min', bound: rule.min };
  if (rule.max !== undefined && (rule.exclusive ? n >= rule.max : n > rule.max)) return { key: rule.exclusive ? 'ml.rule.below' : 'ml.rule.max', bound: rule.max };
  return null;
}

/** A number committed on blur or Enter when valid; `optional` lets an empty box mean "unset". */
export function NumberField({ label, keyPath, value, rule, optional, readOnly, onCommit }: { label: string; keyPath: string; value: number | undefined; rule: NumberRule; optional?: boolean; readOnly: boolean; onCommit(v: number | undefined): void }) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  const [problem, setProblem] = useState<NumberProblem | null>(null);
  useEffect(() => {
    setDraft(value === undefined ? '' : String(value));
    setProblem(null);
  }, [value]);
  const commit = () => {
    const text = draft.trim();
    if (text === '' && optional) {
      setProblem(null);
      if (value !== undefined) onCommit(undefined);
      return;
    }
    const n = Number(text);
    const p: NumberProblem | null = text === '' ? { key: 'ml.rule.required' } : numberProblem(n, rule);
    setProblem(p);
    if (!p && n !== value) onCommit(n);
  };
  return (
    <label className="field ml-number">
      <span>{label}</span>
      <input
        type="text"
        inputMode="decimal"
        value={draft}
        readOnly={readOnly}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? id : undefined}
        className={problem ? 'invalid' : undefined}
        size={Math.max(4, draft.length + 1)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {problem && (
        <span id={id} className="ml-field-problem" role="alert">
          {t('ml.yaml.invalid', { key: keyPath, message: 'bound' in problem ? t(problem.key, { bound: problem.bound }) : t(problem.key) })}
        </span>
      )}
    </label>
  );
}

/** Several columns; `undefined` means every column but the excluded ones (the spec's default). */
export function ColumnsField({ label, value, columns, exclude, readOnly, onChange }: { label: string; value: readonly string[] | undefined; columns: readonly string[]; exclude: readonly string[]; readOnly: boolean; onChange(v: string[] | undefined): void }) {
  const t = useT();
  const pool = columns.filter((c) => !exclude.includes(c));
  const chosen = value ?? pool;
  const extra = (value ?? []).filter((c) => !pool.includes(c));
  const toggle = (c: string, on: boolean) => {
    const next = [...pool, ...extra].filter((x) => (x === c ? on : chosen.includes(x)));
    onChange(extra.length === 0 && next.length === pool.length ? undefined : next);
  };
  return (
    <details className="field ml-columns">
      <summary>
        <span>{label}</span> <span className="ml-columns-count">{value === undefined ? t('ml.featuresAll') : t('ml.featuresCount', { count: chosen.length, total: pool.length })}</span>
      </summary>
      <div className="ml-columns-list" role="group" aria-label={label}>
        <label className="ml-check">
          <input type="checkbox" checked={value === undefined} disabled={readOnly} onChange={(e) => onChange(e.target.checked ? undefined : [...pool])} />
          {t('ml.featuresAll')}
        </label>
        {[...pool, ...extra].map((c) => (
          <label key={c} className="ml-check">
            <input type="checkbox" checked={chosen.includes(c)} disabled={readOnly} onChange={(e) => toggle(c, e.target.checked)} />
            <code>{c}</code>
          </label>
        ))}
      </div>
    </details>
  );
}
