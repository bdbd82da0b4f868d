// Pickers of train cells (the models that evaluate, explain and tune point at). They list the
// notebook's train cells when the shell passes them, else take ids as text.
import { useEffect, useState } from 'react';
import { cellIdSchema, type Cell, type CellOf } from '../../pipelines/notebook/schema';
import { useT } from '../i18n/I18nProvider';
import type { CellContext } from '../notebook/CellBody';
import { SelectField } from './fields';

export function trainCells(ctx: CellContext): CellOf<'train'>[] | null {
  return ctx.cells ? ctx.cells.filter((c: Cell): c is CellOf<'train'> => c.kind === 'train') : null;
}

export function findTrainCell(ctx: CellContext, id: string): CellOf<'train'> | null {
  return trainCells(ctx)?.find((c) => c.id === id) ?? null;
}

/** Ids separated by commas or spaces; the first invalid one is reported. */
export function parseIds(text: string): { ok: true; ids: string[] } | { ok: false; id: string; message: string } {
  const ids = text.split(/[\s,]+/).filter(Boolean);
  for (const id of ids) {
    const r = cellIdSchema.safeParse(id);
    if (!r.success) return { ok: false, id, message: r.error.issues[0].message };
  }
  return { ok: true, ids };
}

export function ModelField({ label, value, ctx, readOnly, onChange }: { label: string; value: string; ctx: CellContext; readOnly: boolean; onChange(v: string): void }) {
  const cells = trainCells(ctx);
  if (!cells) return <IdsText label={label} keyPath="model" value={[value]} single readOnly={readOnly} onChange={(ids) => ids[0] && onChange(ids[0])} />;
  return <SelectField label={label} value={value} readOnly={readOnly} options={cells.map((c) => ({ value: c.id, label: c.id }))} onChange={onChange} />;
}

export function ModelsField({ label, value, ctx, readOnly, onChange }: { label: string; value: readonly string[]; ctx: CellContext; readOnly: boolean; onChange(v: string[]): void }) {
  const cells = trainCells(ctx);
  if (!cells) return <IdsText label={label} keyPath="models" value={value} readOnly={readOnly} onChange={onChange} />;
  const all = [...cells.map((c) => c.id), ...value.filter((v) => !cells.some((c) => c.id === v))];
  const toggle = (id: string, on: boolean) => {
    const next = all.filter((x) => (x === id ? on : value.includes(x)));
    if (next.length > 0) onChange(next);
  };
  return (
    <fieldset className="field ml-models">
      <legend>{label}</legend>
      {all.map((id) => (
        <label key={id} className="ml-check">
          <input type="checkbox" checked={value.includes(id)} disabled={readOnly || (value.length === 1 && value[0] === id)} onChange={(e) => toggle(id, e.target.checked)} />
          <code>{id}</code>
        </label>
      ))}
    </fieldset>
  );
}

function IdsText({ label, keyPath, value, single, readOnly, onChange }: { label: string; keyPath: string; value: readonly string[]; single?: boolean; readOnly: boolean; onChange(ids: string[]): void }) {
  const t = useT();
  const text = value.join(', ');
  const [draft, setDraft] = useState(text);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setDraft(text), [text]);
  const commit = () => {
    const r = parseIds(draft);
    if (!r.ok) return setProblem(t('ml.yaml.invalid', { key: keyPath, message: `"${r.id}" ${r.message}` }));
    if (r.ids.length === 0 || (single && r.ids.length > 1)) return setProblem(t('ml.yaml.invalid', { key: keyPath, message: t('ml.rule.required') }));
    setProblem(null);
    if (r.ids.join(', ') !== text) onChange(r.ids);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <input type="text" value={draft} readOnly={readOnly} className={problem ? 'invalid' : undefined} aria-invalid={problem ? true : undefined} onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      {problem && (
        <span className="ml-field-problem" role="alert">
          {problem}
        </span>
      )}
    </label>
  );
}
