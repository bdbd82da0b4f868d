// The application shell: decides what to open (a link, the last notebook, the demo on first
// start, or the gallery), holds theme and language, and switches between the screens.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Notebook } from '../pipelines/notebook/schema';
import { decodeShareLink } from '../pipelines/share/link';
import { SETTING_KEYS } from '../pipelines/store/store';
import { I18nProvider } from './i18n/I18nProvider';
import { Gallery } from './gallery/Gallery';
import { NotebookView } from './notebook/NotebookView';
import { LinkErrorScreen } from './share/LinkErrorScreen';
import { BootScreen } from './share/BootScreen';
import { loadBundledNotebook } from './session/library';
import { NotebookSession, type SessionEnv } from './session/notebook-session';
import { sessionEnv } from './session/runtime';
import { usePreferences, type Preferences } from './session/preferences';

type Screen =
  | { name: 'boot' }
  | { name: 'gallery' }
  | { name: 'notebook'; session: NotebookSession }
  | { name: 'link-error'; message: string }
  | { name: 'fatal'; message: string };

export interface Navigator {
  openStored(id: string): Promise<void>;
  /** Stores a new notebook and opens it; `run` starts it at once. */
  create(notebook: Notebook, run: boolean): Promise<void>;
  gallery(): void;
}

function setHash(hash: string): void {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
}

export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'boot' });
  const [env, setEnv] = useState<SessionEnv | null>(null);
  const prefs = usePreferences(env);
  const current = useRef<NotebookSession | null>(null);

  const show = useCallback((next: Screen) => {
    const session = next.name === 'notebook' ? next.session : null;
    if (current.current && current.current !== session) current.current.dispose();
    current.current = session;
    setScreen(next);
  }, []);

  const nav = useCallback(
    (e: SessionEnv): Navigator => ({
      async openStored(id) {
        const session = await NotebookSession.openStored(e, id);
        if (!session) {
          setHash('#gallery');
          show({ name: 'gallery' });
          return;
        }
        setHash(`#open=${encodeURIComponent(id)}`);
        void e.stores.settings.set(SETTING_KEYS.lastNotebook, id).catch(() => undefined);
        show({ name: 'notebook', session });
      },
      async create(notebook, run) {
        const session = await NotebookSession.createStored(e, notebook);
        const id = session.getSnapshot().id!;
        setHash(`#open=${encodeURIComponent(id)}`);
        void e.stores.settings.set(SETTING_KEYS.lastNotebook, id).catch(() => undefined);
        show({ name: 'notebook', session });
        if (run) void session.run('all');
      },
      gallery() {
        setHash('#gallery');
        show({ name: 'gallery' });
      },
    }),
    [show],
  );

  const boot = useCallback(
    async (e: SessionEnv) => {
      const hash = location.hash;
      if (hash.startsWith('#nb=')) {
        try {
          show({ name: 'notebook', session: NotebookSession.review(e, decodeShareLink(hash)) });
        } catch (err) {
          show({ name: 'link-error', message: (err as Error).message });
        }
        return;
      }
      const n = nav(e);
      const open = /^#open=(.+)$/.exec(hash);
      if (open) return n.openStored(decodeURIComponent(open[1]));
      if (hash === '#gallery') return n.gallery();
      const last = await e.stores.settings.get<string>(SETTING_KEYS.lastNotebook).catch(() => undefined);
      if (last && (await e.stores.notebooks.get(last))) return n.openStored(last);
      const saved = await e.stores.notebooks.list();
      if (saved.length === 0) return n.create(await loadBundledNotebook('demo.yaml'), true);
      n.gallery();
    },
    [nav, show],
  );

  useEffect(() => {
    let live = true;
    sessionEnv()
      .then(async (e) => {
        if (!live) return;
        setEnv(e);
        await boot(e);
      })
      .catch((err: Error) => live && show({ name: 'fatal', message: err.message }));
    return () => {
      live = false;
    };
  }, [boot, show]);

  // A pasted share link in the same tab opens it without a reload.
  useEffect(() => {
    if (!env) return;
    const onHash = () => {
      if (location.hash.startsWith('#nb=')) void boot(env);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [env, boot]);

  return (
    <I18nProvider language={prefs.language}>
      <Shell screen={screen} env={env} nav={env ? nav(env) : null} prefs={prefs} onHome={() => env && nav(env).gallery()} />
    </I18nProvider>
  );
}

function Shell({ screen, env, nav, prefs, onHome }: { screen: Screen; env: SessionEnv | null; nav: Navigator | null; prefs: Preferences; onHome(): void }) {
  switch (screen.name) {
    case 'boot':
      return <BootScreen />;
    case 'fatal':
      return <BootScreen error={screen.message} />;
    case 'link-error':
      return <LinkErrorScreen message={screen.message} onHome={onHome} />;
    case 'gallery':
      return env && nav ? <Gallery env={env} nav={nav} prefs={prefs} /> : <BootScreen />;
    case 'notebook':
      return env && nav ? <NotebookView key={screen.session.getSnapshot().id ?? 'review'} session={screen.session} env={env} nav={nav} prefs={prefs} /> : <BootScreen />;
    default: {
      const never: never = screen;
      return never;
    }
  }
}

