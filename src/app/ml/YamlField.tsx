// A small YAML box for a structured spec key (transform steps, model params, tune space):
// edited as text, validated when focus leaves, committed only when valid and changed.
import { useEffect, useId, useMemo, useState } from 'react';
import { canonicalJson } from '../../pipelines/engine/hash';
import { useT } from '../i18n/I18nProvider';
import { toYaml, type YamlParsed } from './spec-yaml';

export interface YamlFieldProps<T> {
  label: string;
  value: T | undefined;
  readOnly: boolean;
  parse(text: string): YamlParsed<T>;
  onCommit(value: T): void;
}

export function YamlField<T>({ label, value, readOnly, parse, onCommit }: YamlFieldProps<T>) {
  const t = useT();
  const id = useId();
  const text = useMemo(() => toYaml(value), [value]);
  const [draft, setDraft] = useState(text);
  const [problem, setProblem] = useState<Extract<YamlParsed<T>, { ok: false }> | null>(null);
  useEffect(() => {
    setDraft(text);
    setProblem(null);
  }, [text]);
  const commit = () => {
    if (draft === text) return setProblem(null);
    const r = parse(draft);
    if (!r.ok) return setProblem(r);
    setProblem(null);
    if (canonicalJson(r.value) !== canonicalJson(value ?? null)) onCommit(r.value);
  };
  const rows = Math.min(14, Math.max(3, draft.split('\n').length + 1));
  return (
    <label className="field ml-yaml">
      <span>{label}</span>
      <textarea
        className={`ml-yaml-text${problem ? ' invalid' : ''}`}
        value={draft}
        rows={rows}
        readOnly={readOnly}
        spellCheck={false}
        title={readOnly ? undefined : t('ml.yaml.hint')}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? id : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setDraft(text);
            setProblem(null);
          }
        }}
      />
      {problem && (
        <span id={id} className="ml-field-problem" role="alert">
          {problem.line !== undefined ? t('ml.yaml.syntax', { key: problem.key, line: problem.line, message: problem.message }) : t('ml.yaml.invalid', { key: problem.key, message: problem.message })}
        </span>
      )}
    </label>
  );
}
