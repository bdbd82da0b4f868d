// The notebook's header: back to the gallery, editable title, save state, and the toolbar
// (run, cancel, add cell, import, export, copy link, theme, language).
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import type { Preferences } from '../session/preferences';
import type { SessionSnapshot } from '../session/notebook-session';
import { addableKinds, type AddableKind } from '../session/notebook-edits';
import { Menu } from './Menu';
import { PreferenceControls } from './PreferenceControls';
import { useUiT } from './messages';

export interface ToolbarActions {
  gallery(): void;
  setTitle(title: string): void;
  runAll(): void;
  runStale(): void;
  cancel(): void;
  addCell(kind: AddableKind): void;
  importFiles(files: File[]): void;
  exportAs(format: 'yaml' | 'bundle' | 'ipynb'): void;
  copyLink(): void;
  showRuns(): void;
}

function TitleField({ title, readOnly, onCommit }: { title: string; readOnly: boolean; onCommit(t: string): void }) {
  const ui = useUiT();
  const [draft, setDraft] = useState(title);
  useEffect(() => setDraft(title), [title]);
  if (readOnly) return <h1 className="nb-title">{title}</h1>;
  return (
    <input
      className="nb-title"
      aria-label={ui('nb.title')}
      value={draft}
      placeholder={ui('nb.untitled')}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => draft !== title && onCommit(draft.trim() || ui('nb.untitled'))}
      onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
    />
  );
}

export function Toolbar({ snap, prefs, actions }: { snap: SessionSnapshot; prefs: Preferences; actions: ToolbarActions }) {
  const t = useT();
  const ui = useUiT();
  const fileInput = useRef<HTMLInputElement>(null);
  const readOnly = snap.mode === 'review';
  const staleCount = snap.notebook.cells.filter((c) => c.kind !== 'markdown' && snap.stale.has(c.id)).length;
  const saveStatus = snap.save.status;
  return (
    <header className="nb-header">
      <div className="nb-header-row">
        <button type="button" className="brand" onClick={actions.gallery} title={ui('nb.gallery')}>
          <span className="brand-mark" aria-hidden="true">⚓</span>
          <span className="brand-name">{t('app.name')}</span>
        </button>
        <TitleField title={snap.notebook.title} readOnly={readOnly} onCommit={actions.setTitle} />
        <span className={`save-state save-${saveStatus}`} role="status" data-save={saveStatus} title={snap.save.message ?? undefined}>
          {ui(`nb.save.${saveStatus}`)}
        </span>
        <span className="nb-header-spacer" />
        <PreferenceControls prefs={prefs} />
      </div>
      <div className="nb-toolbar" role="toolbar" aria-label={ui('nb.title')}>
        <button type="button" className="bt-button bt-button--primary" onClick={actions.runAll} disabled={snap.running || !snap.runAllowed}>
          ▶ {t('toolbar.runAll')}
        </button>
        <button type="button" className="bt-button" onClick={actions.runStale} disabled={snap.running || !snap.runAllowed || staleCount === 0}>
          ↻ {t('toolbar.runStale')}
          {staleCount > 0 && <span className="count-pill">{staleCount}</span>}
        </button>
        <button type="button" className="bt-button" onClick={actions.cancel} disabled={!snap.running}>
          ■ {t('toolbar.cancel')}
        </button>
        {!readOnly && (
          <>
            <span className="toolbar-sep" aria-hidden="true" />
            <Menu
              label={`+ ${t('toolbar.addCell')}`}
              items={addableKinds.map((k) => ({ key: k, label: t(`cell.kind.${k}`), onSelect: () => actions.addCell(k) }))}
            />
            <button type="button" className="bt-button" onClick={() => fileInput.current?.click()}>
              {t('toolbar.import')}
            </button>
            <input
              ref={fileInput}
              type="file"
              hidden
              multiple
              data-testid="import-input"
              accept=".csv,.tsv,.txt,.parquet,.json,.ndjson,.jsonl,.arrow,.feather,.yaml,.yml,.bitacora"
              onChange={(e) => {
                const files = [...(e.target.files ?? [])];
                e.target.value = '';
                if (files.length) actions.importFiles(files);
              }}
            />
          </>
        )}
        <Menu
          label={ui('nb.export')}
          items={[
            { key: 'yaml', label: t('toolbar.exportYaml'), onSelect: () => actions.exportAs('yaml') },
            { key: 'bundle', label: t('toolbar.exportBundle'), onSelect: () => actions.exportAs('bundle') },
            { key: 'ipynb', label: t('toolbar.exportIpynb'), onSelect: () => actions.exportAs('ipynb') },
          ]}
        />
        <button type="button" className="bt-button" onClick={actions.copyLink}>
          {t('toolbar.copyLink')}
        </button>
        <button type="button" className="bt-button" onClick={actions.showRuns}>
          {t('runs.title')}
        </button>
        {snap.running && (
          <span className="running-note" role="status">
            <span className="spinner-dot" aria-hidden="true" />
            {ui('nb.running')}
          </span>
        )}
      </div>
    </header>
  );
}
