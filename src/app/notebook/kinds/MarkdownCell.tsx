// A markdown cell: rendered (sanitised) text; Edit switches to a plain text editor.
import { useState } from 'react';
import type { CellOf } from '../../../pipelines/notebook/schema';
import { MarkdownView } from '../../components/markdown/MarkdownView';
import { useUiT } from '../messages';
import type { KindProps } from '../CellBody';

export function MarkdownCell({ cell, readOnly, actions }: KindProps<CellOf<'markdown'>>) {
  const ui = useUiT();
  const [editing, setEditing] = useState(false);
  if (editing && !readOnly) {
    return (
      <div className="cell-body markdown-edit">
        <textarea
          className="markdown-source"
          aria-label={ui('cell.edit')}
          value={cell.text}
          rows={Math.min(20, Math.max(4, cell.text.split('\n').length + 1))}
          autoFocus
          spellCheck
          onChange={(e) => actions.update(cell.id, { ...cell, text: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Escape' || (e.key === 'Enter' && e.shiftKey)) {
              e.preventDefault();
              setEditing(false);
            }
          }}
        />
        <div className="cell-form-actions">
          <button type="button" className="bt-button bt-button--small" onClick={() => setEditing(false)}>
            {ui('cell.done')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="cell-body markdown-rendered" onDoubleClick={() => !readOnly && setEditing(true)}>
      <MarkdownView source={cell.text} />
      {!readOnly && (
        <button type="button" className="bt-button bt-button--small bt-button--ghost markdown-edit-btn" onClick={() => setEditing(true)}>
          {ui('cell.edit')}
        </button>
      )}
    </div>
  );
}
