// The spec of an explain cell: which trained model, the method, how many rows, the seed.
import type { CellOf } from '../../pipelines/notebook/schema';
import { explainCellSchema } from '../../pipelines/notebook/schema';
import { useT } from '../i18n/I18nProvider';
import type { CellContext } from '../notebook/CellBody';
import { NumberField, SelectField } from './fields';
import { ModelField } from './model-fields';

type ExplainCell = CellOf<'explain'>;

export function ExplainForm({ cell, readOnly, ctx, onChange }: { cell: ExplainCell; readOnly: boolean; ctx: CellContext; onChange(next: ExplainCell): void }) {
  const t = useT();
  const set = (patch: Partial<ExplainCell>) => {
    const next = { ...cell, ...patch };
    if (next.rows === undefined) delete next.rows;
    onChange(next);
  };
  return (
    <div className="cell-form">
      <ModelField label={t('cell.kind.train')} value={cell.model} ctx={ctx} readOnly={readOnly} onChange={(model) => set({ model })} />
      <SelectField
        label={t('ml.method')}
        value={cell.method}
        readOnly={readOnly}
        options={explainCellSchema.shape.method.unwrap().options.map((v) => ({ value: v, label: t(`ml.method.${v}`) }))}
        onChange={(v) => set({ method: v as ExplainCell['method'] })}
      />
      <NumberField label={t('ml.rowsLimit')} keyPath="rows" value={cell.rows} optional rule={{ integer: true, min: 1, max: 100_000 }} readOnly={readOnly} onCommit={(rows) => set({ rows })} />
      <NumberField label={t('ml.seed')} keyPath="seed" value={cell.seed} rule={{ integer: true }} readOnly={readOnly} onCommit={(seed) => seed !== undefined && set({ seed })} />
    </div>
  );
}
