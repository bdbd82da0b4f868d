// One cell: header (kind, id, status, timing, rows, actions), the kind's editor and output, and
// its error. Shift+Enter anywhere inside runs it.
import { memo, useEffect, useState, type KeyboardEvent } from 'react';
import type { CellState } from '../../pipelines/engine/types';
import type { Cell } from '../../pipelines/notebook/schema';
import { useT } from '../i18n/I18nProvider';
import { StatusBadge } from '../components/status-badge/StatusBadge';
import { ErrorBox } from '../components/error-box/ErrorBox';
import { ProgressBar } from '../components/progress/ProgressBar';
import { effectiveStatus, formatMs } from './cell-status';
import { CellBody, type CellContext } from './CellBody';
import { useUiT } from './messages';

export interface CellActions {
  update(id: string, cell: Cell): void;
  rename(id: string, next: string): string | null;
  run(id: string): void;
  move(id: string, delta: -1 | 1): void;
  remove(id: string): void;
  collapse(id: string, collapsed: boolean): void;
  supplyFile(id: string, file: File): void;
}

interface CellViewProps {
  cell: Cell;
  index: number;
  count: number;
  state: CellState | undefined;
  stale: boolean;
  graphError: string | undefined;
  readOnly: boolean;
  canRun: boolean;
  ctx: CellContext;
  actions: CellActions;
}

function CellIdField({ id, readOnly, rename }: { id: string; readOnly: boolean; rename(next: string): string | null }) {
  const ui = useUiT();
  const [draft, setDraft] = useState(id);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setDraft(id), [id]);
  if (readOnly) return <code className="cell-id">{id}</code>;
  const commit = () => {
    const p = rename(draft.trim());
    setProblem(p);
    if (p) return;
  };
  return (
    <span className="cell-id-field">
      <input
        className={`cell-id${problem ? ' invalid' : ''}`}
        aria-label={ui('cell.id')}
        aria-invalid={problem ? true : undefined}
        value={draft}
        spellCheck={false}
        size={Math.max(4, draft.length + 1)}
        onChange={(e) => {
          setDraft(e.target.value);
          setProblem(null);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            setDraft(id);
            setProblem(null);
          }
        }}
      />
      {problem && (
        <span className="cell-id-problem" role="alert">
          {ui('cell.idInvalid', { message: problem })}
        </span>
      )}
    </span>
  );
}

function CellViewInner({ cell, index, count, state, stale, graphError, readOnly, canRun, ctx, actions }: CellViewProps) {
  const t = useT();
  const ui = useUiT();
  const status = effectiveStatus(state, stale);
  const collapsed = !!cell.collapsed;
  const error = graphError && status !== 'error' ? `${cell.id}.${graphError}` : state?.status === 'error' || state?.status === 'skipped' ? state.error : null;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && e.shiftKey && canRun) {
      e.preventDefault();
      e.stopPropagation();
      actions.run(cell.id);
    }
  };
  const progress = status === 'running' ? (state?.progress ?? {}) : undefined;
  return (
    <section
      className={`cell cell-${cell.kind} status-${status}`}
      data-cell-id={cell.id}
      data-kind={cell.kind}
      data-status={status}
      aria-label={`${t(`cell.kind.${cell.kind}`)} ${cell.id}`}
      onKeyDownCapture={onKeyDown}
    >
      <header className="cell-head">
        <span className="cell-kind">{t(`cell.kind.${cell.kind}`)}</span>
        <CellIdField id={cell.id} readOnly={readOnly} rename={(next) => actions.rename(cell.id, next)} />
        {cell.title && <span className="cell-title">{cell.title}</span>}
        <span className="cell-head-spacer" />
        {cell.kind !== 'markdown' && <StatusBadge status={state?.cached && status === 'ok' ? 'cached' : status} />}
        {state?.ms != null && status !== 'running' && status !== 'queued' && (
          <span className="cell-meta cell-ms" title={state.cached ? ui('cell.cached') : undefined}>
            {t('cell.duration', { ms: formatMs(state.ms) })}
          </span>
        )}
        {state?.rows != null && <span className="cell-meta cell-rows">{ui('cell.rowsShort', { count: state.rows })}</span>}
        <span className="cell-actions">
          {canRun && cell.kind !== 'markdown' && (
            <button type="button" className="icon-btn run-btn" title={`${t('cell.run')} (Shift+Enter)`} aria-label={t('cell.run')} onClick={() => actions.run(cell.id)} disabled={status === 'running' || status === 'queued'}>
              ▶
            </button>
          )}
          {!readOnly && (
            <>
              <button type="button" className="icon-btn" title={t('cell.moveUp')} aria-label={t('cell.moveUp')} disabled={index === 0} onClick={() => actions.move(cell.id, -1)}>
                ↑
              </button>
              <button type="button" className="icon-btn" title={t('cell.moveDown')} aria-label={t('cell.moveDown')} disabled={index === count - 1} onClick={() => actions.move(cell.id, 1)}>
                ↓
              </button>
            </>
          )}
          <button type="button" className="icon-btn" title={collapsed ? t('cell.expand') : t('cell.collapse')} aria-label={collapsed ? t('cell.expand') : t('cell.collapse')} aria-expanded={!collapsed} onClick={() => actions.collapse(cell.id, !collapsed)}>
            {collapsed ? '▸' : '▾'}
          </button>
          {!readOnly && (
            <button type="button" className="icon-btn danger" title={t('cell.delete')} aria-label={t('cell.delete')} onClick={() => actions.remove(cell.id)}>
              ✕
            </button>
          )}
        </span>
      </header>
      {progress && (
        <div className="cell-progress">
          <ProgressBar value={progress.fraction} message={progress.message ?? ui('cell.progress')} />
        </div>
      )}
      {!collapsed && <CellBody cell={cell} state={state} status={status} readOnly={readOnly} ctx={ctx} actions={actions} />}
      {error && <CellError id={cell.id} skipped={status === 'skipped'} error={error} />}
    </section>
  );
}

/** The first line is the message; DuckDB's caret diagram and the rest go under "Details". */
function CellError({ id, skipped, error }: { id: string; skipped: boolean; error: string }) {
  const ui = useUiT();
  const lines = error.split('\n');
  const first = lines[0];
  const rest = lines.slice(1).join('\n').trim();
  return <ErrorBox title={skipped ? ui('cell.skipped') : ui('cell.errorIn', { id })} message={first} details={rest || undefined} />;
}

export const CellView = memo(CellViewInner);
