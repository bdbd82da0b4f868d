// Files the user drops or picks: data files become data cells of the open notebook; YAML/JSON
// notebooks and .bitacora bundles open as new notebooks. Each failure names its file.
import type { Navigator } from '../App';
import type { ToastTone } from '../components/toast/toast-queue';
import { classifyFile, FileCheckError } from '../session/file-checks';
import { notebookFromFile } from '../session/library';
import type { NotebookSession, SessionEnv } from '../session/notebook-session';
import type { UiTranslate } from './messages';
import { importBundleFile } from './exports';

interface ImportDeps {
  session: NotebookSession | null;
  env: SessionEnv;
  nav: Navigator;
  notify(tone: ToastTone, message: string): void;
  ui: UiTranslate;
  readOnly: boolean;
}

export async function importFiles(files: File[], deps: ImportDeps): Promise<void> {
  for (const file of files) {
    try {
      const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
      const kind = classifyFile(file.name, head);
      if (kind.kind === 'notebook') {
        await deps.nav.create(await notebookFromFile(file), false);
        return;
      }
      if (kind.kind === 'bundle') {
        await deps.nav.openStored(await importBundleFile(file, deps.env));
        return;
      }
      if (!deps.session || deps.readOnly) throw new FileCheckError(file.name, 'open or create a notebook first, then add data files to it');
      const id = await deps.session.importDataFile(file);
      deps.notify('success', deps.ui('nb.imported', { file: file.name, id }));
    } catch (e) {
      const message = (e as Error).message;
      deps.notify('error', message.includes(file.name) ? message : `"${file.name}": ${message}`);
    }
  }
}
