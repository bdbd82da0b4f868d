// Virtualised result table (rows and columns) over a windowed Arrow source: only visible
// 200-row blocks are fetched and decoded, so a million-row result scrolls without being held.
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { elementScroll, observeElementOffset, useVirtualizer } from '@tanstack/react-virtual';
import { useT } from '../../i18n/I18nProvider';
import { blocksForRange, rowLocation } from './blocks';
import { columnWidth, isNumericType } from './column-layout';
import { scrollScale } from './scroll-scale';
import { useBlockLoader } from './useBlockLoader';
import { GridRow } from './GridRow';

export interface GridColumn {
  name: string;
  /** DuckDB type name, shown in the header and used for alignment. */
  type: string;
}

export interface ResultGridProps {
  columns: GridColumn[];
  rowCount: number;
  /** Rows [offset, offset + limit) as Arrow IPC stream bytes. Keep it stable (useCallback): a new function resets the cache. */
  fetchWindow(offset: number, limit: number): Promise<Uint8Array>;
  /** Largest height of the scrolling body in px (default 360); small results take less. */
  maxHeight?: number;
  label?: string;
}

const ROW_H = 26;
const HEAD_H = 40;
const GUTTER_W = 64;
const SCROLLBAR_ALLOWANCE = 14;

export function ResultGrid({ columns, rowCount, fetchWindow, maxHeight = 360, label }: ResultGridProps) {
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const factorRef = useRef(1);
  const names = useMemo(() => columns.map((c) => c.name), [columns]);
  const widths = useMemo(() => columns.map((c) => columnWidth(c.name, c.type)), [columns]);
  const numeric = useMemo(() => columns.map((c) => isNumericType(c.type)), [columns]);
  const loader = useBlockLoader(fetchWindow, rowCount, names);
  const bodyHeight = Math.min(maxHeight, Math.max(1, rowCount) * ROW_H + SCROLLBAR_ALLOWANCE);

  const rows = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_H,
    overscan: 8,
    paddingStart: HEAD_H,
    initialRect: { width: 800, height: bodyHeight + HEAD_H },
    // Past the browser's height cap the scrollbar is shortened; offsets are stretched to match.
    observeElementOffset: (instance, cb) => observeElementOffset(instance, (offset, scrolling) => cb(offset * factorRef.current, scrolling)),
    scrollToFn: (offset, options, instance) => elementScroll(offset / factorRef.current, options, instance),
  });
  const cols = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => widths[i],
    paddingStart: GUTTER_W,
    overscan: 3,
    initialRect: { width: 800, height: bodyHeight + HEAD_H },
  });

  const viewportH = rows.scrollRect?.height ?? bodyHeight + HEAD_H;
  const scale = scrollScale(rows.getTotalSize(), viewportH);
  factorRef.current = scale.factor;
  const virtualTop = rows.scrollOffset ?? 0;
  const realTop = virtualTop / scale.factor;
  const totalWidth = cols.getTotalSize();

  const rowItems = rows.getVirtualItems();
  const colItems = cols.getVirtualItems();
  const colRange = colItems.length ? `${colItems[0].index}:${colItems[colItems.length - 1].index}` : '';
  const nullLabel = t('grid.null');
  const loadingLabel = t('grid.loading');
  const first = rowItems.length ? rowItems[0].index : 0;
  const last = rowItems.length ? rowItems[rowItems.length - 1].index : -1;

  useEffect(() => {
    loader.want(blocksForRange(first, last, rowCount, loader.blockSize));
  }, [loader, first, last, rowCount]);

  // Keys move by rows and pages of the virtual table, so they stay exact when the scrollbar is scaled.
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const page = Math.max(ROW_H, viewportH - ROW_H);
      const maxOffset = Math.max(0, rows.getTotalSize() - viewportH);
      const now = rows.scrollOffset ?? 0;
      const target =
        e.key === 'ArrowDown' ? now + ROW_H : e.key === 'ArrowUp' ? now - ROW_H : e.key === 'PageDown' ? now + page : e.key === 'PageUp' ? now - page : e.key === 'Home' && !e.shiftKey ? 0 : e.key === 'End' && !e.shiftKey ? maxOffset : null;
      if (target === null) return;
      e.preventDefault();
      // Set scrollTop directly: the virtualiser clamps offsets to the real (shortened) scroll height.
      const el = scrollRef.current;
      if (el) el.scrollTop = Math.min(maxOffset, Math.max(0, target)) / factorRef.current;
    },
    [rows, viewportH],
  );

  const errorBlock = rowItems.map((r) => rowLocation(r.index, loader.blockSize).block).find((b) => loader.state(b).status === 'error');
  const errorState = errorBlock === undefined ? null : loader.state(errorBlock);

  return (
    <div className="bt-grid">
      <div
        ref={scrollRef}
        className="bt-grid__scroller"
        style={{ height: bodyHeight + HEAD_H }}
        tabIndex={0}
        role="grid"
        aria-label={label ?? t('grid.label')}
        aria-rowcount={rowCount + 1}
        aria-colcount={columns.length + 1}
        onKeyDown={onKeyDown}
      >
        <div className="bt-grid__content" style={{ height: scale.spacerPx, width: totalWidth }}>
          <div className="bt-grid__head" role="row" aria-rowindex={1} style={{ width: totalWidth, height: HEAD_H }}>
            <div className="bt-grid__gutter bt-grid__gutter--head" style={{ width: GUTTER_W }} role="columnheader" aria-colindex={1}>
              #
            </div>
            {colItems.map((c) => {
              const col = columns[c.index];
              return (
                <div key={c.key} role="columnheader" aria-colindex={c.index + 2} className={`bt-grid__th${numeric[c.index] ? ' bt-grid__th--num' : ''}`} style={{ left: c.start, width: c.size }} title={`${col.name} · ${col.type}`}>
                  <span className="bt-grid__th-name">{col.name}</span>
                  <span className="bt-grid__th-type">{col.type}</span>
                </div>
              );
            })}
          </div>
          {rowCount === 0 && <div className="bt-grid__empty">{t('grid.noRows')}</div>}
          {/* Past the height cap every row shifts by the same amount: one transform on the layer. */}
          <div className="bt-grid__rows" style={{ transform: `translateY(${realTop - virtualTop}px)`, width: totalWidth }}>
            {rowItems.map((r) => {
              const { block, index } = rowLocation(r.index, loader.blockSize);
              const state = loader.state(block);
              return (
                <GridRow
                  key={r.key}
                  rowIndex={r.index}
                  top={r.start}
                  width={totalWidth}
                  height={ROW_H}
                  gutterWidth={GUTTER_W}
                  block={state.status === 'ready' ? state.data : null}
                  failed={state.status === 'error'}
                  indexInBlock={index}
                  cols={colItems}
                  colRange={colRange}
                  numeric={numeric}
                  nullLabel={nullLabel}
                  loadingLabel={loadingLabel}
                />
              );
            })}
          </div>
        </div>
      </div>
      <div className="bt-grid__foot">
        <span>{t('grid.rows', { count: rowCount })}</span>
        <span aria-hidden="true">·</span>
        <span>{t('grid.columns', { count: columns.length })}</span>
        {errorState?.status === 'error' && errorBlock !== undefined && (
          <span className="bt-grid__error" role="alert">
            {t('grid.loadFailed', { from: errorBlock * loader.blockSize + 1, to: Math.min(rowCount, (errorBlock + 1) * loader.blockSize), message: errorState.error.message })}{' '}
            <button type="button" className="bt-link-button" onClick={() => { loader.retry(errorBlock); loader.want(blocksForRange(first, last, rowCount, loader.blockSize)); }}>
              ↻
            </button>
          </span>
        )}
      </div>
    </div>
  );
}
