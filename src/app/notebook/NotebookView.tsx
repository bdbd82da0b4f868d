// The notebook screen: header and toolbar, review/conflict/storage banners, the cell list, page-wide
// file drop, keyboard shortcuts (Ctrl/Cmd+S), toasts and the share-link dialog.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { TableInfo } from '../../pipelines/data/engine';
import { producesTable } from '../../pipelines/engine/graph';
import { encodeShareLink } from '../../pipelines/share/link';
import { useT } from '../i18n/I18nProvider';
import { Dropzone } from '../components/dropzone/Dropzone';
import { Toasts } from '../components/toast/Toasts';
import { useToasts } from '../components/toast/useToasts';
import { ReviewBanner } from '../components/review-banner/ReviewBanner';
import { EmptyState } from '../components/empty-state/EmptyState';
import { Spinner } from '../components/progress/Spinner';
import type { Navigator } from '../App';
import type { NotebookSession, SessionEnv } from '../session/notebook-session';
import type { Preferences } from '../session/preferences';
import { useNotebookSession } from '../session/use-notebook-session';
import type { Cell } from '../../pipelines/notebook/schema';
import { CellView, type CellActions } from './CellView';
import type { CellContext } from './CellBody';
import { Toolbar, type ToolbarActions } from './Toolbar';
import { useUiT } from './messages';
import { StatusStrip } from './StatusStrip';
import { NotebookBanners } from './NotebookBanners';
import { ShareDialog } from './ShareDialog';
import { RunsDialog } from '../runs/RunsDialog';
import { UndoBar } from './UndoBar';
import { importFiles } from './import-files';
import { exportNotebook } from './exports';
import { scrollToCell } from './scroll-to-cell';
import { warmPlotlyWhenIdle } from '../components/chart/plotly-loader';

interface Props {
  session: NotebookSession;
  env: SessionEnv;
  nav: Navigator;
  prefs: Preferences;
}

/** Cell kinds whose results include Plotly charts. */
const PLOTTING_KINDS = new Set<string>(['chart', 'evaluate', 'explain', 'tune']);

export function NotebookView({ session, env, nav, prefs }: Props) {
  const t = useT();
  const ui = useUiT();
  const snap = useNotebookSession(session);
  const { toasts, notify, dismiss } = useToasts();
  const [shareUrl, setShareUrl] = useState<{ url: string; copied: boolean; tooLong: boolean } | null>(null);
  const [undo, setUndo] = useState<{ id: string; restore(): void } | null>(null);
  const [runsOpen, setRunsOpen] = useState(false);
  const loadRuns = useCallback(() => env.stores.runs.list(snap.id ?? 'shared-link'), [env.stores.runs, snap.id]);
  const readOnly = snap.mode === 'review';

  // Ctrl/Cmd+S saves now; the browser's "save page" would be useless here.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        if (!readOnly) void session.saveNow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [session, readOnly]);

  // Notebooks that will draw Plotly charts load it while the page is idle and nothing runs.
  useEffect(() => {
    if (!session.getSnapshot().notebook.cells.some((c) => PLOTTING_KINDS.has(c.kind))) return;
    return warmPlotlyWhenIdle(() => session.getSnapshot().running);
  }, [session]);

  // Save before the tab goes away (the debounce may still be pending).
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void session.saveNow();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
    };
  }, [session]);

  const onFiles = useCallback(
    (files: File[]) => {
      void importFiles(files, { session, env, nav, notify, ui, readOnly });
    },
    [session, env, nav, notify, ui, readOnly],
  );

  // States change several times a second while a model trains (progress); the table map — and with it
  // every cell's ctx — must change only when a table does, or every cell re-renders on each tick.
  const tableSignature = useMemo(() => {
    const parts: string[] = [];
    for (const [id, s] of snap.states) {
      if (s.output?.kind === 'table') parts.push(`${id}:${s.key}:${s.output.table.rows}:${s.output.table.columns.map((c) => `${c.name} ${c.type}`).join(',')}`);
    }
    return parts.join('|');
  }, [snap.states]);
  const tables = useMemo(() => {
    const out = new Map<string, TableInfo>();
    for (const [id, s] of snap.states) if (s.output?.kind === 'table') out.set(id, s.output.table);
    return out;
  }, [tableSignature]);
  const tableCells = useMemo(() => snap.notebook.cells.filter(producesTable).map((c) => c.id), [snap.notebook.cells]);
  const ctx: CellContext = useMemo(
    () => ({
      tables,
      tableCells,
      fetchWindow: (table: string) => (offset: number, limit: number) => env.engine.readWindow(table, offset, limit),
      missingFiles: snap.missingFiles,
      theme: prefs.theme,
      cells: snap.notebook.cells,
    }),
    [tables, tableCells, env.engine, snap.missingFiles, prefs.theme, snap.notebook.cells],
  );

  const cellActions: CellActions = useMemo(
    () => ({
      update: (id: string, cell: Cell) => session.updateCell(id, cell),
      rename: (id: string, next: string) => session.renameCell(id, next),
      run: (id: string) => void session.run({ cells: [id] }),
      move: (id: string, delta: -1 | 1) => session.moveCell(id, delta),
      remove: (id: string) => setUndo({ id, restore: session.deleteCell(id) }),
      collapse: (id: string, collapsed: boolean) => session.setCollapsed(id, collapsed),
      // A missing file must be the recorded one; otherwise "Choose file" replaces the cell's data.
      supplyFile: (id: string, file: File) =>
        void (session.getSnapshot().missingFiles.has(id) || session.getSnapshot().mode === 'review' ? session.supplyFile(id, file) : session.replaceDataFile(id, file)).catch((e: Error) => notify('error', e.message)),
    }),
    [session, notify],
  );

  const toolbar: ToolbarActions = {
    showRuns: () => setRunsOpen(true),
    gallery: () => nav.gallery(),
    setTitle: (title) => session.setTitle(title),
    runAll: () => void session.run('all'),
    runStale: () => void session.run('stale'),
    cancel: () => session.cancel(),
    addCell: (kind) => {
      const cell = session.addCell(kind);
      requestAnimationFrame(() => scrollToCell(cell.id, 'center'));
    },
    importFiles: onFiles,
    exportAs: (format) => void exportNotebook(format, snap.notebook, env).catch((e: Error) => notify('error', e.message)),
    copyLink: () => {
      try {
        const link = encodeShareLink(snap.notebook, location.origin + location.pathname);
        setShareUrl({ url: link.url, copied: false, tooLong: link.tooLong });
        navigator.clipboard
          ?.writeText(link.url)
          .then(() => {
            setShareUrl((s) => (s && s.url === link.url ? { ...s, copied: true } : s));
            notify('success', t('toolbar.linkCopied'));
          })
          .catch(() => undefined);
      } catch (e) {
        notify('error', (e as Error).message);
      }
    },
  };

  const fork = async () => {
    try {
      const id = await session.saveAsCopy();
      history.replaceState(null, '', `${location.pathname}${location.search}#open=${encodeURIComponent(id)}`);
    } catch (e) {
      notify('error', (e as Error).message);
    }
  };

  const cells = snap.notebook.cells;
  const page = (
      <div className={`nb-page${readOnly ? ' review' : ''}`} data-mode={snap.mode}>
        <Toolbar snap={snap} prefs={prefs} actions={toolbar} />
        <main className="nb-main">
          {readOnly && !snap.runAllowed && (
            <ReviewBanner
              onRun={() => {
                session.allowRun();
                void session.run('all');
              }}
              onFork={() => void fork()}
            />
          )}
          {readOnly && snap.runAllowed && (
            <div className="nb-banner info" role="status">
              <span className="review-tag">{ui('review.readOnly')}</span>
              <span>{t('review.title')}</span>
              <button type="button" className="bt-button bt-button--small" onClick={() => void fork()}>
                {ui('review.copy')}
              </button>
            </div>
          )}
          {!snap.engineReady && (
            <div className="nb-banner info" role="status" data-testid="engine-starting">
              <Spinner /> <span>{t('engine.starting')}</span>
            </div>
          )}
          <NotebookBanners snap={snap} session={session} onError={(m) => notify('error', m)} />
          {snap.notebook.description && <p className="nb-description">{snap.notebook.description}</p>}
          {cells.length === 0 ? (
            <EmptyState
              title={ui('nb.empty')}
              hint={ui('nb.emptyHint')}
              action={
                !readOnly && (
                  <span className="empty-actions">
                    <label className="bt-button bt-button--primary">
                      {ui('nb.importFile')}
                      <input type="file" hidden accept=".csv,.tsv,.txt,.parquet,.json,.ndjson,.jsonl,.arrow,.feather" onChange={(e) => { const files = [...(e.target.files ?? [])]; e.target.value = ''; if (files.length) onFiles(files); }} />
                    </label>
                    <button type="button" className="bt-button" onClick={() => toolbar.addCell('data')}>
                      + {t('cell.kind.data')}
                    </button>
                    <button type="button" className="bt-button" onClick={() => toolbar.addCell('markdown')}>
                      + {t('cell.kind.markdown')}
                    </button>
                  </span>
                )
              }
            />
          ) : (
            <div className="cell-list">
              {cells.map((cell, i) => (
                <CellView
                  key={cell.id}
                  cell={cell}
                  index={i}
                  count={cells.length}
                  state={snap.states.get(cell.id)}
                  stale={snap.stale.has(cell.id)}
                  graphError={snap.graphErrors.get(cell.id)}
                  readOnly={readOnly}
                  canRun={snap.runAllowed}
                  ctx={ctx}
                  actions={cellActions}
                />
              ))}
            </div>
          )}
          {!readOnly && <p className="drop-hint">{ui('nb.dropHere')}</p>}
        </main>
        <StatusStrip snap={snap} />
        {undo && <UndoBar message={ui('nb.deleted', { id: undo.id })} onUndo={() => { undo.restore(); setUndo(null); }} onClose={() => setUndo(null)} />}
        <ShareDialog link={shareUrl} onClose={() => setShareUrl(null)} />
        <RunsDialog open={runsOpen} load={loadRuns} onClose={() => setRunsOpen(false)} />
        <Toasts toasts={toasts} onDismiss={dismiss} />
      </div>
  );
  // A shared notebook in review takes no files except through a data cell's "Choose file".
  return readOnly ? page : <Dropzone onFiles={onFiles} bare>{page}</Dropzone>;
}
