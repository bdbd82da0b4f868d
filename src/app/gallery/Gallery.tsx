// The gallery: bundled datasets (new notebook from one), bundled notebooks, and the notebooks saved
// in this browser (open, delete). Files dropped here open as notebooks or start a new one.
import { useCallback, useEffect, useRef, useState } from 'react';
import { bundledDatasets } from '../../pipelines/data/datasets';
import type { NotebookSummary } from '../../pipelines/store/store';
import { useLanguage, useT } from '../i18n/I18nProvider';
import { Dropzone } from '../components/dropzone/Dropzone';
import { Toasts } from '../components/toast/Toasts';
import { useToasts } from '../components/toast/useToasts';
import { Dialog } from '../components/dialog/Dialog';
import type { Navigator } from '../App';
import type { SessionEnv } from '../session/notebook-session';
import type { Preferences } from '../session/preferences';
import { bundledNotebooks, emptyNotebook, loadBundledNotebook, notebookFromDataset } from '../session/library';
import { useUiT } from '../notebook/messages';
import { PreferenceControls } from '../notebook/PreferenceControls';
import { importFiles } from '../notebook/import-files';

function when(iso: string, lang: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(lang, { dateStyle: 'medium', timeStyle: 'short' });
}

export function Gallery({ env, nav, prefs }: { env: SessionEnv; nav: Navigator; prefs: Preferences }) {
  const t = useT();
  const ui = useUiT();
  const lang = useLanguage();
  const { toasts, notify, dismiss } = useToasts();
  const [saved, setSaved] = useState<NotebookSummary[] | null>(null);
  const [confirm, setConfirm] = useState<NotebookSummary | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const openFiles = (files: File[]) => void importFiles(files, { session: null, env, nav, notify, ui, readOnly: true });

  const refresh = useCallback(() => {
    env.stores.notebooks
      .list()
      .then(setSaved)
      .catch((e: Error) => {
        setSaved([]);
        notify('error', e.message);
      });
  }, [env, notify]);
  useEffect(refresh, [refresh]);

  const guard = (p: Promise<unknown>) => void p.catch((e: Error) => notify('error', e.message));
  const remove = async (nb: NotebookSummary) => {
    await env.stores.notebooks.delete(nb.id);
    await env.stores.settings.delete(`cells:${nb.id}`).catch(() => undefined);
    refresh();
  };

  return (
    <Dropzone onFiles={openFiles} bare>
      <div className="gallery-page">
        <header className="nb-header">
          <div className="nb-header-row">
            <span className="brand">
              <span className="brand-mark" aria-hidden="true">⚓</span>
              <span className="brand-name">{t('app.name')}</span>
            </span>
            <span className="brand-tagline">{t('app.tagline')}</span>
            <span className="nb-header-spacer" />
            <PreferenceControls prefs={prefs} />
          </div>
        </header>
        <main className="gallery-main">
          <h1 className="gallery-title">{t('gallery.title')}</h1>
          <p className="gallery-subtitle">{ui('gallery.subtitle')}</p>

          <section aria-labelledby="g-yours">
            <div className="gallery-section-head">
              <h2 id="g-yours">{ui('gallery.yours')}</h2>
              <span className="nb-header-spacer" />
              <button type="button" className="bt-button" onClick={() => fileInput.current?.click()}>
                {ui('nb.importNotebook')}
              </button>
              <input
                ref={fileInput}
                type="file"
                hidden
                accept=".yaml,.yml,.json,.bitacora"
                onChange={(e) => {
                  const files = [...(e.target.files ?? [])];
                  e.target.value = '';
                  if (files.length) openFiles(files);
                }}
              />
              <button type="button" className="bt-button" onClick={() => guard(nav.create(emptyNotebook(ui('nb.untitled')), false))}>
                + {ui('gallery.newEmpty')}
              </button>
            </div>
            {saved && saved.length === 0 && <p className="muted">{ui('gallery.none')}</p>}
            <ul className="card-grid">
              {saved?.map((nb) => (
                <li key={nb.id} className="card" data-notebook-id={nb.id}>
                  <h3 className="card-title">{nb.title}</h3>
                  <p className="card-meta">{ui('gallery.updated', { when: when(nb.updatedAt, lang) })}</p>
                  <div className="card-actions">
                    <button type="button" className="bt-button bt-button--primary" onClick={() => guard(nav.openStored(nb.id))}>
                      {t('gallery.open')}
                    </button>
                    <button type="button" className="bt-button bt-button--ghost danger" onClick={() => setConfirm(nb)}>
                      {ui('gallery.delete')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="g-notebooks">
            <h2 id="g-notebooks">{t('gallery.notebooks')}</h2>
            <ul className="card-grid">
              {bundledNotebooks.map((b) => (
                <li key={b.file} className="card card-bundled">
                  <span className="card-tag">{ui('gallery.demo')}</span>
                  <h3 className="card-title">{b.title[lang]}</h3>
                  <div className="card-actions">
                    <button type="button" className="bt-button bt-button--primary" onClick={() => guard(loadBundledNotebook(b.file).then((nb) => nav.create(nb, true)))}>
                      {t('gallery.open')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="g-datasets">
            <h2 id="g-datasets">{t('gallery.datasets')}</h2>
            <ul className="card-grid">
              {bundledDatasets.map((ds) => (
                <li key={ds.id} className="card" data-dataset-id={ds.id}>
                  <h3 className="card-title">{ds.title[lang]}</h3>
                  <p className="card-desc">{ds.description[lang]}</p>
                  <p className="card-meta">{ui('gallery.rows', { rows: ds.rows })}</p>
                  <p className="card-licence">{t('gallery.licence', { licence: ds.licence })}</p>
                  <div className="card-actions">
                    <button type="button" className="bt-button" onClick={() => guard(nav.create(notebookFromDataset(ds, lang), true))}>
                      {ui('gallery.newFrom')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        </main>
        <Dialog
          open={!!confirm}
          title={ui('gallery.delete')}
          size="small"
          onClose={() => setConfirm(null)}
          actions={
            <>
              <button type="button" className="bt-button" onClick={() => setConfirm(null)}>
                {t('dialog.cancel')}
              </button>
              <button
                type="button"
                className="bt-button bt-button--danger"
                onClick={() => {
                  const nb = confirm;
                  setConfirm(null);
                  if (nb) guard(remove(nb));
                }}
              >
                {ui('gallery.delete')}
              </button>
            </>
          }
        >
          <p>{confirm ? ui('gallery.deleteConfirm', { title: confirm.title }) : ''}</p>
        </Dialog>
        <Toasts toasts={toasts} onDismiss={dismiss} />
      </div>
    </Dropzone>
  );
}
