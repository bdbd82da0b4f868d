// A data cell: its source (a bundled dataset, or a file with its short SHA-256 and a way to
// supply it again) and the loaded table.
import { useRef } from 'react';
import { bundledDatasets } from '../../../pipelines/data/datasets';
import type { CellOf } from '../../../pipelines/notebook/schema';
import { useLanguage } from '../../i18n/I18nProvider';
import { useUiT } from '../messages';
import type { KindProps } from '../CellBody';
import { TableOutput } from './TableOutput';

export function DataCell({ cell, state, readOnly, ctx, actions }: KindProps<CellOf<'data'>>) {
  const ui = useUiT();
  const lang = useLanguage();
  const input = useRef<HTMLInputElement>(null);
  const src = cell.source;
  const missing = ctx.missingFiles.has(cell.id);
  return (
    <div className="cell-body">
      <div className="cell-form">
        {'dataset' in src ? (
          <label className="field">
            <span>{ui('cell.dataset')}</span>
            <select
              value={src.dataset}
              disabled={readOnly}
              onChange={(e) => actions.update(cell.id, { ...cell, source: { dataset: e.target.value } })}
            >
              {bundledDatasets.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title[lang]} ({d.rows.toLocaleString(lang)})
                </option>
              ))}
              {!bundledDatasets.some((d) => d.id === src.dataset) && <option value={src.dataset}>{src.dataset}</option>}
            </select>
          </label>
        ) : (
          <div className="field file-field">
            <span>{ui('cell.file')}</span>
            <code className="file-name">{src.file}</code>
            {src.sha256 && (
              <code className="file-sha" title={src.sha256}>
                {ui('cell.sha', { sha: `${src.sha256.slice(0, 12)}…` })}
              </code>
            )}
          </div>
        )}
        {(!readOnly || missing) && (
          <button type="button" className="bt-button bt-button--small choose-file" onClick={() => input.current?.click()}>
            {ui('cell.chooseFile')}
          </button>
        )}
        <input
          ref={input}
          type="file"
          hidden
          data-testid={`supply-${cell.id}`}
          accept=".csv,.tsv,.txt,.parquet,.json,.ndjson,.jsonl,.arrow,.feather"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) actions.supplyFile(cell.id, f);
          }}
        />
      </div>
      {missing && 'file' in src && (
        <p className="cell-notice" role="status">
          {src.sha256 ? ui('cell.fileMissing', { file: src.file, sha: `${src.sha256.slice(0, 12)}…` }) : ui('cell.fileMissingNoSha', { file: src.file })}
        </p>
      )}
      <TableOutput id={cell.id} state={state} ctx={ctx} />
    </div>
  );
}
